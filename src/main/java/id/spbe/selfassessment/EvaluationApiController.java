package id.spbe.selfassessment;

import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceView;
import id.spbe.user.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Self-assessment API, with the same services and rules as the pages. Evaluations the caller may
 * not see answer 404; errors are {@code {"message": ...}}.
 */
@RestController
@RequestMapping("/api/evaluations")
class EvaluationApiController {

	private final SelfAssessmentService service;
	private final EvaluationAccess access;
	private final EvidenceService evidence;

	EvaluationApiController(SelfAssessmentService service, EvaluationAccess access, EvidenceService evidence) {
		this.service = service;
		this.access = access;
		this.evidence = evidence;
	}

	@GetMapping
	List<EvaluationView> list(@AuthenticationPrincipal CurrentUser user) {
		return access.visible(user);
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Worksheet ws = service.worksheet(user, id);
		Map<String, Object> json = new LinkedHashMap<>();
		EvaluationView e = ws.evaluation();
		json.put("id", e.id());
		json.put("agency", e.agencyName());
		json.put("period", e.periodName());
		json.put("year", e.year());
		json.put("instrument", ws.instrument().code());
		json.put("instrumentVersion", ws.instrument().version());
		json.put("state", e.state());
		json.put("indicators", ws.rows().stream().map(this::row).toList());
		return json;
	}

	private Map<String, Object> row(IndicatorRow r) {
		Map<String, Object> json = new LinkedHashMap<>();
		AssessmentView a = r.entry();
		json.put("number", r.indicator().number());
		json.put("name", r.indicator().name().id());
		json.put("level", a.selfLevel());
		json.put("justification", a.justification());
		json.put("version", a.version());
		json.put("approved", a.approved());
		json.put("assignee", r.assigneeName());
		json.put("blockers", r.blockers());
		json.put("evidence", r.evidence().stream().map(ev -> evidence(ev, r.indicator().number())).toList());
		return json;
	}

	private static Map<String, Object> evidence(EvidenceView e, int number) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", e.id());
		json.put("kind", e.kind());
		json.put("title", e.title());
		json.put("levels", e.useFor(number).map(EvidenceView.Use::levels).orElse(List.of()));
		json.put("reviewStatus", e.useFor(number).map(EvidenceView.Use::reviewStatus).orElse(null));
		json.put("note", e.note());
		if (e.current() != null) {
			json.put("fileName", e.current().originalName());
			json.put("mediaType", e.current().mediaType());
			json.put("size", e.current().size());
			json.put("sha256", e.current().sha256());
			json.put("fileVersion", e.current().number());
			json.put("content", "/api/evidence/" + e.id() + "/content");
		}
		else {
			json.put("url", e.url());
			json.put("accessedOn", e.accessedOn());
		}
		return json;
	}

	/** Body {@code {"level": 3, "justification": "...", "version": 4}}; version optional. */
	record EntryRequest(BigDecimal level, String justification, Long version) {
	}

	@PutMapping("/{id}/indicators/{number}")
	AssessmentView put(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestBody EntryRequest body) {
		if (body == null) {
			throw RuleViolationException.badInput("api.error.unreadable");
		}
		return service.save(user, id, number, body.level(), body.justification(), body.version());
	}

	@PostMapping(path = "/{id}/indicators/{number}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable int number, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "levels", required = false) List<Integer> levels,
			@RequestParam(required = false) String title, @RequestParam(required = false) String note) {
		try {
			EvidenceService.UploadResult result = evidence.upload(user, id, number,
					new EvidenceService.Upload(file.getOriginalFilename(), file.getInputStream()), title, levels, note);
			if (result.duplicate()) {
				return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("duplicateOf", result.evidenceId(),
						"message", "same file already in this evaluation"));
			}
			return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", result.evidenceId()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Body {@code {"url": "https://...", "accessedOn": "2021-07-20", "levels": [1, 2], "title": "...", "note": "..."}}. */
	record LinkRequest(String url, LocalDate accessedOn, List<Integer> levels, String title, String note) {
	}

	@PostMapping(path = "/{id}/indicators/{number}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> link(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable int number, @RequestBody LinkRequest body) {
		long evidenceId = evidence.addLink(user, id, number, body.url(), body.accessedOn(), body.title(), body.levels(),
				body.note());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", evidenceId));
	}

	/** Body optional: {@code {"note": "..."}}. */
	record SubmitRequest(String note) {
	}

	@PostMapping("/{id}/submit")
	EvaluationView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) SubmitRequest body) {
		return service.submit(user, id, body == null ? null : body.note());
	}
}
