package id.spbe.selfassessment;

import id.spbe.common.FormValues;
import id.spbe.common.Messages;
import id.spbe.common.Numbers;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.user.CurrentUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/evaluations/{id}/approvals} with {@code {"entries": {"3": 4, "5": 2}}}
 * (indicator number to the entry version shown): approves those still at that version and answers
 * {@code {"approved": [3], "refused": [{"number": 5, "reason": "CHANGED", "shownVersion": 2,
 * "currentVersion": 3, "message": "..."}]}}. A malformed request approves nothing (400).
 */
@RestController
class ApprovalApiController {

	private final BulkApprovals approvals;
	private final EvaluationAccess access;
	private final Messages messages;

	ApprovalApiController(BulkApprovals approvals, EvaluationAccess access, Messages messages) {
		this.approvals = approvals;
		this.access = access;
		this.messages = messages;
	}

	@PostMapping("/api/evaluations/{id}/approvals")
	Map<String, Object> approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) JsonNode body) {
		// who may approve comes first: an outsider gets 404 and a wrong role 403 whatever the body
		access.checkAgencyWrite(user, access.require(user, id));
		SelfAssessmentService.requireCoordinator(user);
		BulkApprovals.Result result = approvals.approve(user, id, shown(body));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("approved", result.approved());
		json.put("refused", result.refused().stream().map(r -> {
			Map<String, Object> refusal = new LinkedHashMap<>();
			refusal.put("number", r.number());
			refusal.put("reason", r.reason());
			refusal.put("shownVersion", r.shown());
			refusal.put("currentVersion", r.current());
			refusal.put("message", messages.get("approvals.reason." + r.reason(), r.number(), r.shown(), r.current()));
			return refusal;
		}).toList());
		return json;
	}

	/** The body's entries, each key an indicator number and each value a whole version. */
	private static Map<Integer, Long> shown(JsonNode body) {
		JsonNode entries = body == null ? null : body.get("entries");
		if (entries == null || !entries.isObject()) {
			throw RuleViolationException.badInput("approvals.error.body");
		}
		Map<Integer, Long> shown = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : entries.properties()) {
			Long number;
			try {
				number = Numbers.whole(e.getKey());
			}
			catch (RuleViolationException notANumber) {
				throw RuleViolationException.badInput("approvals.error.unknownIndicator", FormValues.echo(e.getKey()));
			}
			if (number == null) {
				throw RuleViolationException.badInput("approvals.error.unknownIndicator", "");
			}
			JsonNode version = e.getValue();
			if (!version.isIntegralNumber() || !version.canConvertToLong()) {
				throw RuleViolationException.badInput("approvals.error.version", number);
			}
			if (shown.put(number.intValue(), version.longValue()) != null) {
				throw RuleViolationException.badInput("approvals.error.duplicate", number);
			}
		}
		return shown;
	}
}
