package id.spbe.instrument;

import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Wib;
import org.springframework.security.core.userdetails.UserDetails;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrators' instrument-version API (README "Instrument versions"). Trees are JSON in the
 * shape of {@code GET /api/instruments/{code}}; a version's lock value travels as its ETag and a
 * {@code PUT} must send it back in {@code If-Match}. Refusals: 403 not an administrator, 404
 * unknown, 409 stale lock (with the changes) or a published or used version, 422 problems.
 */
@RestController
@RequestMapping("/api/instruments")
class InstrumentVersionApiController {

	private final InstrumentVersions versions;
	private final InstrumentVersionFiles files;
	private final InstrumentFileLimits limits;
	private final Messages messages;
	private final JsonMapper json;

	InstrumentVersionApiController(InstrumentVersions versions, InstrumentVersionFiles files, InstrumentFileLimits limits,
			Messages messages, JsonMapper json) {
		this.json = json;
		this.versions = versions;
		this.files = files;
		this.limits = limits;
		this.messages = messages;
	}

	@GetMapping("/{code}/versions")
	List<Map<String, Object>> list(@AuthenticationPrincipal UserDetails user, @PathVariable String code) {
		return versions.versions(user, code).stream().map(r -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("version", r.version());
			row.put("status", r.status());
			row.put("name", r.name());
			row.put("usedByPeriods", r.periods());
			row.put("changedBy", r.changedBy());
			row.put("changedAt", r.changedAt() == null ? null : r.changedAt().toString());
			row.put("lastAction", r.lastAction());
			row.put("lastActionText", r.lastAction() == null ? null : messages.get(r.lastAction().messageKey()));
			return row;
		}).toList();
	}

	/** Body {@code {"from": 1}}: a new draft copied from that version. */
	record CopyRequest(Integer from) {
	}

	@PostMapping("/{code}/versions")
	ResponseEntity<Map<String, Object>> copy(@AuthenticationPrincipal UserDetails user, @PathVariable String code,
			@RequestBody CopyRequest request) {
		if (request == null || request.from() == null) {
			throw RuleViolationException.badInput("instrument.error.noFrom");
		}
		return created(versions.copy(user, code, request.from()));
	}

	/** Body of {@code POST /api/instruments}: a new empty instrument. */
	record NewInstrumentRequest(String code, Text name, String regulation, Boolean fractionalValues, BigDecimal scaleMin,
			BigDecimal scaleMax) {
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> createEmpty(@AuthenticationPrincipal UserDetails user,
			@RequestBody NewInstrumentRequest r) {
		if (r == null) {
			throw RuleViolationException.badInput("instrument.error.body");
		}
		return created(versions.createEmpty(user, new InstrumentVersions.NewInstrument(r.code(), r.name(), r.regulation(),
				Boolean.TRUE.equals(r.fractionalValues()), r.scaleMin() == null ? BigDecimal.ONE : r.scaleMin(),
				r.scaleMax() == null ? new BigDecimal(5) : r.scaleMax())));
	}

	@GetMapping("/{code}/versions/{version}")
	ResponseEntity<InstrumentDefinition> get(@AuthenticationPrincipal UserDetails user, @PathVariable String code,
			@PathVariable int version) {
		InstrumentVersionViews.StoredVersion stored = versions.draft(user, code, version);
		return ResponseEntity.ok().eTag(String.valueOf(stored.lock())).body(stored.tree());
	}

	/**
	 * The body is read by hand, at most the size limit (spbe.instruments.max-file-size) plus one
	 * byte, so that a huge body is refused before it is parsed or held whole in memory.
	 */
	@PutMapping("/{code}/versions/{version}")
	ResponseEntity<Map<String, Object>> put(@AuthenticationPrincipal UserDetails user, @PathVariable String code,
			@PathVariable int version, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			HttpServletRequest request) throws IOException {
		long lock = InstrumentApiLocks.parse(ifMatch);
		InstrumentDefinition tree = InstrumentApiLocks.tree(request, limits.maxBytes(), json);
		long next = versions.save(user, code, version, tree, lock);
		return ResponseEntity.ok().eTag(String.valueOf(next)).body(Map.of("version", version, "status", InstrumentStatus.DRAFT,
				"lock", next));
	}

	@DeleteMapping("/{code}/versions/{version}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal UserDetails user, @PathVariable String code, @PathVariable int version) {
		versions.delete(user, code, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{code}/versions/{version}/problems")
	List<Map<String, Object>> problems(@AuthenticationPrincipal UserDetails user, @PathVariable String code,
			@PathVariable int version) {
		return versions.problems(user, code, version).stream().map(this::problem).toList();
	}

	@PostMapping("/{code}/versions/{version}/publish")
	Map<String, Object> publish(@AuthenticationPrincipal UserDetails user, @PathVariable String code, @PathVariable int version) {
		versions.publish(user, code, version);
		return Map.of("code", code, "version", version, "status", InstrumentStatus.PUBLISHED);
	}

	@PostMapping("/{code}/versions/{version}/retire")
	Map<String, Object> retire(@AuthenticationPrincipal UserDetails user, @PathVariable String code, @PathVariable int version) {
		versions.retire(user, code, version);
		return Map.of("code", code, "version", version, "status", InstrumentStatus.RETIRED);
	}

	@GetMapping("/{code}/compare")
	List<Map<String, Object>> compare(@AuthenticationPrincipal UserDetails user, @PathVariable String code,
			@RequestParam int from, @RequestParam int to) {
		return versions.compare(user, code, from, to).stream().map(c -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("place", c.place());
			row.put("where", c.place().text());
			row.put("field", c.field());
			row.put("old", c.oldValue());
			row.put("new", c.newValue());
			return row;
		}).toList();
	}

	@GetMapping("/{code}/versions/{version}/export.yaml")
	ResponseEntity<byte[]> exportYaml(@AuthenticationPrincipal UserDetails user, @PathVariable String code,
			@PathVariable int version) {
		byte[] yaml = files.exportYaml(user, code, version).getBytes(StandardCharsets.UTF_8);
		return download(yaml, new MediaType("application", "yaml", StandardCharsets.UTF_8), code + "-v" + version + ".yaml");
	}

	@GetMapping("/{code}/versions/{version}/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@AuthenticationPrincipal UserDetails user, @PathVariable String code,
			@PathVariable int version) {
		return download(files.exportXlsx(user, code, version),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				code + "-v" + version + ".xlsx");
	}

	/** A YAML ({@code .yaml}/{@code .yml}) or Excel ({@code .xlsx}) file in the part {@code file}. */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> importFile(@AuthenticationPrincipal UserDetails user,
			@RequestPart("file") MultipartFile file) throws IOException {
		InstrumentVersions.VersionKey key = InstrumentImports.importFile(files, user, file, limits.maxBytes());
		return created(key);
	}

	@ExceptionHandler(StaleDraftException.class)
	ResponseEntity<Map<String, Object>> stale(StaleDraftException e) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", messages.get("instrument.error.stale", String.valueOf(e.changedBy()),
				e.changedAt() == null ? "" : Wib.of(e.changedAt()).withNano(0).toString().replace('T', ' ')));
		body.put("lock", e.currentLock());
		body.put("changedBy", e.changedBy());
		body.put("changes", e.changes());
		return json(HttpStatus.CONFLICT, body);
	}

	@ExceptionHandler(InstrumentProblemsException.class)
	ResponseEntity<Map<String, Object>> invalid(InstrumentProblemsException e) {
		return json(HttpStatus.UNPROCESSABLE_CONTENT, Map.of("message", messages.get("instrument.error.invalid", e.problems().size()),
				"problems", e.problems().stream().map(this::problem).toList()));
	}

	@ExceptionHandler(InstrumentImportException.class)
	ResponseEntity<Map<String, Object>> refusedImport(InstrumentImportException e) {
		List<Map<String, Object>> problems = e.problems().stream().map(p -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("line", p.line());
			row.put("sheet", p.sheet());
			row.put("row", p.row());
			row.put("column", p.column());
			row.put("place", p.place());
			row.put("where", p.place() == null ? null : p.place().text());
			row.put("message", messages.get(p.key(), p.args().toArray()));
			return row;
		}).toList();
		return json(HttpStatus.UNPROCESSABLE_CONTENT, Map.of("message", messages.get("instrument.import.refused", problems.size()),
				"problems", problems));
	}

	private Map<String, Object> problem(InstrumentProblem p) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("place", p.place());
		row.put("where", p.place().text());
		row.put("rule", p.rule());
		row.put("message", messages.get(p.rule(), p.args().toArray()));
		return row;
	}

	private static ResponseEntity<Map<String, Object>> created(InstrumentVersions.VersionKey key) {
		return ResponseEntity.status(HttpStatus.CREATED)
				.body(Map.of("code", key.code(), "version", key.version(), "status", key.status()));
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok().contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.body(body);
	}

	private static ResponseEntity<Map<String, Object>> json(HttpStatus status, Map<String, Object> body) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}
}
