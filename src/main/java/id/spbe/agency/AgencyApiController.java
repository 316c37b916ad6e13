package id.spbe.agency;

import id.spbe.common.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Agencies and units over the API, administrators only (refused to every other role by the API
 * security chain, {@code SecurityConfiguration.ADMIN_API}, before the body is read).
 */
@RestController
class AgencyApiController {

	/** An agency as sent: {@code active} is optional (absent: unchanged; a new agency is active). */
	record AgencyBody(String name, String type, String province, String regionCode, Boolean active) {

		AgencyFields fields() {
			return new AgencyFields(name, type, province, regionCode);
		}
	}

	/** A unit as sent: {@code active} optional as for agencies. */
	record UnitBody(String name, Boolean active) {
	}

	private final AgencyAdmin admin;
	private final AgencyCsv csv;
	private final RegionLoader loader;
	private final RegionList regions;

	AgencyApiController(AgencyAdmin admin, AgencyCsv csv, RegionLoader loader, RegionList regions) {
		this.admin = admin;
		this.csv = csv;
		this.loader = loader;
		this.regions = regions;
	}

	/** {@code ?q=&type=&province=&status=active|inactive&page=} (1-based, 50 a page). */
	@GetMapping("/api/agencies")
	Map<String, Object> list(AgencyFilter filter) {
		Page<AgencyView> page = admin.search(filter.search(regions), filter.pageIndex());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", page.getContent());
		body.put("page", page.getNumber() + 1);
		body.put("pages", page.getTotalPages());
		body.put("total", page.getTotalElements());
		return body;
	}

	@GetMapping("/api/agencies/{id}")
	Map<String, Object> get(@PathVariable long id) {
		return Map.of("agency", admin.get(id), "units", admin.units(id));
	}

	@PostMapping("/api/agencies")
	@ResponseStatus(HttpStatus.CREATED)
	AgencyView create(@RequestBody AgencyBody body) {
		return admin.create(body.fields(), body.active() == null || body.active());
	}

	@PutMapping("/api/agencies/{id}")
	AgencyView update(@PathVariable long id, @RequestBody AgencyBody body) {
		return admin.update(id, body.fields(), body.active());
	}

	/** A CSV file as the body ({@code text/csv}) or as the multipart part {@code file}; all or nothing. */
	@PostMapping("/api/agencies/import")
	Map<String, Integer> importAgencies(HttpServletRequest request) throws IOException {
		try (InputStream in = body(request)) {
			return Map.of("added", csv.importAgencies(in));
		}
	}

	@PostMapping("/api/agencies/units/import")
	Map<String, Integer> importUnits(HttpServletRequest request) throws IOException {
		try (InputStream in = body(request)) {
			return Map.of("added", csv.importUnits(in));
		}
	}

	/** Loads the bundled region list; answers how many agencies were added, linked and already there. */
	@PostMapping("/api/agencies/regions")
	Map<String, Object> loadRegions() {
		RegionLoader.Outcome o = loader.load();
		return Map.of("added", o.added(), "linked", o.linked(), "unchanged", o.unchanged(), "skipped", o.skipped(),
				"source", RegionList.SOURCE + ", ODbL 1.0");
	}

	@GetMapping("/api/agencies/export")
	void export(AgencyFilter filter, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		csv.exportAgencies(filter.search(regions), response.getOutputStream());
	}

	@GetMapping("/api/agencies/units/export")
	void exportUnits(AgencyFilter filter, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		csv.exportUnits(filter.search(regions), response.getOutputStream());
	}

	@GetMapping("/api/agencies/{id}/units")
	List<UnitView> units(@PathVariable long id) {
		return admin.units(id);
	}

	@PostMapping("/api/agencies/{id}/units")
	@ResponseStatus(HttpStatus.CREATED)
	UnitView addUnit(@PathVariable long id, @RequestBody UnitBody body) {
		return admin.addUnit(id, body.name(), body.active() == null || body.active());
	}

	@PutMapping("/api/agencies/{id}/units/{unitId}")
	UnitView updateUnit(@PathVariable long id, @PathVariable long unitId, @RequestBody UnitBody body) {
		return admin.updateUnit(id, unitId, body.name(), body.active());
	}

	private static InputStream body(HttpServletRequest request) throws IOException {
		// the request may be wrapped (security), so look for the multipart request underneath
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			MultipartFile file = multipart.getFile("file");
			if (file == null) {
				throw RuleViolationException.badInput("csv.error.empty");
			}
			return file.getInputStream();
		}
		return request.getInputStream();
	}
}
