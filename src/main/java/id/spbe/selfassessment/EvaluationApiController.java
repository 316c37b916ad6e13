package id.spbe.selfassessment;

import id.spbe.common.Numbers;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Evaluations;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceUploads;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import id.spbe.common.Messages;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Transitions;
import id.spbe.worksheet.Worksheet;
import id.spbe.worksheet.Worksheets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * Self-assessment API, with the same services and rules as the pages. Evaluations the caller may
 * not see answer 404; errors are {@code {"message": ...}}.
 */
@RestController
@RequestMapping("/api/evaluations")
class EvaluationApiController {

	private final SelfAssessmentService service;
	private final Worksheets worksheets;
	private final Transitions transitions;
	private final Evaluations evaluations;
	private final EvaluationAccess access;
	private final EvidenceService evidence;
	private final EvidenceUploads uploads;
	private final Messages messages;

	EvaluationApiController(SelfAssessmentService service, Worksheets worksheets, Transitions transitions,
			EvaluationAccess access, EvidenceService evidence, EvidenceUploads uploads, Messages messages,
			Evaluations evaluations) {
		this.uploads = uploads;
		this.service = service;
		this.worksheets = worksheets;
		this.transitions = transitions;
		this.evaluations = evaluations;
		this.messages = messages;
		this.access = access;
		this.evidence = evidence;
	}

	@GetMapping
	List<EvaluationView> list(@AuthenticationPrincipal CurrentUser user) {
		return access.visible(user);
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Worksheet ws = worksheets.worksheet(user, id);
		Map<String, Object> json = new LinkedHashMap<>();
		EvaluationView e = ws.evaluation();
		json.put("id", e.id());
		json.put("agency", e.agencyName());
		json.put("period", e.periodName());
		json.put("year", e.year());
		json.put("instrument", ws.instrument().code());
		json.put("instrumentVersion", ws.instrument().version());
		json.put("state", e.state());
		json.put("clarification", evaluations.openClarification(id).orElse(null));
		boolean assessorStages = ws.reviewVisible();
		json.put("indicators", ws.rows().stream()
				.map(r -> IndicatorJson.row(r, assessorStages, ws.externalOf(r.indicator().number()))).toList());
		return json;
	}

	/**
	 * Body {@code {"level": 3, "justification": "...", "version": 4}}: level and justification are
	 * both required (null clears one on purpose) so that a missing field never erases data;
	 * version required (the entry's version the client read): 428 without it, 409 when stale, so
	 * that no save overwrites someone else's unseen.
	 */
	@PutMapping("/{id}/indicators/{number}")
	AssessmentView put(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestBody JsonNode body) {
		if (body == null || !body.isObject() || !body.has("level") || !body.has("justification")) {
			throw RuleViolationException.badInput("api.error.entryFields");
		}
		JsonNode level = body.get("level");
		JsonNode text = body.get("justification");
		JsonNode version = body.get("version");
		if (!(level.isNull() || level.isNumber()) || !(text.isNull() || text.isString())
				|| (version != null && !version.isNull() && !(version.isIntegralNumber() && version.canConvertToLong()))) {
			throw RuleViolationException.badInput("api.error.entryFields");
		}
		BigDecimal typed = level.isNull() ? null : Numbers.bounded(level.decimalValue());
		if (version == null || version.isNull()) {
			// who may write comes first: an outsider still gets 404 and a wrong role 403, not 428
			access.checkAgencyWrite(user, access.require(user, id));
			throw RuleViolationException.preconditionRequired("api.error.versionRequired", number);
		}
		return service.save(user, id, number, new SelfAssessmentService.EntryChange(typed,
				text.isNull() ? null : text.asString(), version.longValue()));
	}

	@PostMapping(path = "/{id}/indicators/{number}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable int number, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "levels", required = false) List<Integer> levels,
			@RequestParam(name = "items", required = false) List<String> items,
			@RequestParam(required = false) String title, @RequestParam(required = false) String note) {
		try {
			EvidenceUploads.UploadResult result = uploads.upload(user, id, number, new EvidenceUploads.FileRequest(
					new EvidenceUploads.Upload(UploadNames.of(file), file.getInputStream()), title, levels,
					items == null ? List.of() : items, note));
			if (result.duplicate()) {
				return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("duplicateOf", result.evidenceId(),
						"message", messages.get("api.error.duplicate", result.evidenceId())));
			}
			return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", result.evidenceId()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Body {@code {"url": "https://...", "accessedOn": "2021-07-20", "levels": [1, 2], "title": "...", "note": "..."}};
	 * on indicators with evidence items {@code "items": ["I4-L1-01", "I4-L2-01"]} instead of levels.
	 */
	record LinkRequest(String url, LocalDate accessedOn, List<Integer> levels, List<String> items, String title,
			String note) {
	}

	@PostMapping(path = "/{id}/indicators/{number}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> link(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable int number, @RequestBody LinkRequest body) {
		long evidenceId = evidence.addLink(user, id, number, new EvidenceService.LinkRequest(body.url(), body.accessedOn(),
				body.title(), body.levels(), body.items() == null ? List.of() : body.items(), body.note()));
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", evidenceId));
	}

	/**
	 * Body {@code {"version": 4}}, the entry version the coordinator checked: required, so that an
	 * entry changed meanwhile is never approved unseen (428 without it, 409 when stale).
	 */
	record ApproveRequest(Long version) {
	}

	@PostMapping("/{id}/indicators/{number}/approve")
	AssessmentView approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestBody(required = false) ApproveRequest body) {
		if (body == null || body.version() == null) {
			// who may approve comes first: an outsider still gets 404 and a wrong role 403, not 428
			access.checkAgencyWrite(user, access.require(user, id));
			if (user.getRole() != Role.AGENCY_COORDINATOR) {
				throw RuleViolationException.forbidden("selfAssessment.error.coordinatorOnly");
			}
			throw RuleViolationException.preconditionRequired("api.error.versionRequired", number);
		}
		return service.approve(user, id, number, body.version());
	}

	/** Body optional: {@code {"note": "..."}}. */
	record SubmitRequest(String note) {
	}

	@PostMapping("/{id}/submit")
	EvaluationView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) SubmitRequest body) {
		return transitions.move(user, id, EvaluationAction.SUBMIT, body == null ? null : body.note());
	}
}
