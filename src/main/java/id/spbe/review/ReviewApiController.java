package id.spbe.review;

import id.spbe.common.FormValues;
import id.spbe.common.JsonBodies;
import id.spbe.common.Numbers;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.ChangeView;
import id.spbe.evaluation.Transitions;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Stage;
import id.spbe.evidence.ReviewStatus;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.user.CurrentUser;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Assessor review API, with the same services and rules as the pages: stage levels and notes,
 * evidence judgements, workflow transitions and clarification requests. Evaluations the caller
 * may not see answer 404; errors are {@code {"message": ...}}.
 */
@RestController
@RequestMapping("/api/evaluations/{id}")
class ReviewApiController {

	private final ReviewService review;
	private final Judgements judgements;
	private final Transitions transitions;
	private final EvaluationAccess access;

	ReviewApiController(ReviewService review, Judgements judgements, Transitions transitions, EvaluationAccess access) {
		this.access = access;
		this.review = review;
		this.judgements = judgements;
		this.transitions = transitions;
	}

	/**
	 * Body {@code {"level": 3, "note": "...", "recommendation": "...", "seen": 4}}: level and note
	 * are both required (null clears one on purpose) so that a missing field never erases data;
	 * the recommendation only at FINAL, required there; {@code seen}, required, is the number of
	 * history entries the client read (GET .../history): 428 without it, and a save after someone
	 * else's is 409, so that no save overwrites a colleague's unseen.
	 * The path's stage must be the one under way.
	 */
	@PutMapping("/indicators/{number}/stages/{stage}")
	AssessmentView putStage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable Stage stage, @RequestBody JsonNode body) {
		boolean fin = stage == Stage.FINAL;
		if (body == null || !body.isObject() || !body.has("level") || !body.has("note")
				|| (fin && !body.has("recommendation"))) {
			throw RuleViolationException.badInput(fin ? "api.error.finalFields" : "api.error.stageFields");
		}
		JsonNode level = body.get("level");
		JsonNode seen = body.get("seen");
		if (!(level.isNull() || level.isNumber())
				|| (seen != null && !seen.isNull() && !(seen.isIntegralNumber() && seen.canConvertToInt()))) {
			throw RuleViolationException.badInput("api.error.stageFields");
		}
		BigDecimal typed = level.isNull() ? null : Numbers.bounded(level.decimalValue());
		String note = JsonBodies.text(body, "note");
		String recommendation = fin ? JsonBodies.text(body, "recommendation") : null;
		if (seen == null || seen.isNull()) {
			// who may write comes first: an outsider still gets 404 and a wrong role 403, not 428
			access.checkReviewWrite(user, access.require(user, id));
			throw RuleViolationException.preconditionRequired("api.error.seenRequired", number);
		}
		return review.saveStage(user, id, number, new ReviewService.StageSave(stage, typed, note, recommendation,
				seen.intValue()));
	}

	/** Body {@code {"status": "ACCEPTED" | "NEEDS_REVISION" | "PENDING", "note": "..."}}. */
	@PutMapping("/indicators/{number}/evidence/{evidenceId}/review")
	Map<String, Object> reviewEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable int number, @PathVariable long evidenceId, @RequestBody JsonNode body) {
		ReviewStatus status = status(body);
		judgements.reviewEvidence(user, id, number, evidenceId, new Judgements.Judgement(status, JsonBodies.text(body, "note")));
		return Map.of("evidenceId", evidenceId, "indicator", number, "status", status);
	}

	/** The history of one indicator's levels, notes and recommendation, newest first. */
	@GetMapping("/indicators/{number}/history")
	List<ChangeView> history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number) {
		return review.history(user, id, number);
	}

	/** Body {@code {"indicators": [3, 12], "message": "...", "deadline": "2026-12-15"}}. */
	@PostMapping("/clarifications")
	EvaluationView clarification(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody JsonNode body) {
		if (body == null || !body.isObject()) {
			throw RuleViolationException.badInput("clarification.error.noIndicator");
		}
		List<Integer> numbers = new ArrayList<>();
		JsonNode list = body.get("indicators");
		if (list != null && list.isArray()) {
			for (JsonNode n : list) {
				if (!n.isIntegralNumber() || !n.canConvertToInt()) {
					throw RuleViolationException.badInput("clarification.error.unknownIndicator", n.toString());
				}
				numbers.add(n.intValue());
			}
		}
		LocalDate deadline = null;
		JsonNode d = body.get("deadline");
		if (d != null && !d.isNull()) {
			try {
				deadline = LocalDate.parse(d.asString());
			}
			catch (RuntimeException e) {
				throw RuleViolationException.badInput("api.error.date", FormValues.echo(d.toString()));
			}
		}
		return transitions.requestClarification(user, id,
				new Transitions.ClarificationRequest(numbers, JsonBodies.text(body, "message"), deadline));
	}

	private static ReviewStatus status(JsonNode body) {
		JsonNode s = body == null ? null : body.get("status");
		if (s == null || !s.isString()) {
			throw RuleViolationException.badInput("review.error.noStatus");
		}
		try {
			return ReviewStatus.valueOf(s.asString());
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.badInput("review.error.noStatus");
		}
	}
}
