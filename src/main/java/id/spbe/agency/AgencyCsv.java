package id.spbe.agency;

import id.spbe.common.AuditEvent;
import id.spbe.common.Csv;
import id.spbe.common.Texts;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import and export of agencies and of units. An import is all or nothing: every row is
 * checked with the rules of the form ({@link AgencyChecks}), against the stored agencies and the
 * rows above it, and anything wrong is reported by line and column before a single row is stored.
 * Imports add; an agency or unit already there is a duplicate (change it on its page).
 */
@Service
@Transactional
class AgencyCsv {

	static final List<String> AGENCY_COLUMNS = List.of("name", "type", "province", "region_code", "active");
	static final Csv.Spec AGENCY_SPEC = Csv.Spec.of(List.of("name", "type"), List.of("province", "region_code", "active"));
	static final List<String> UNIT_COLUMNS = List.of("agency", "region_code", "unit", "active");
	// "agency" or "region_code" names the agency, so neither is required in the header: a row with neither gets
	// a "required" problem for agency.
	static final Csv.Spec UNIT_SPEC = Csv.Spec.of(List.of("unit"), List.of("agency", "region_code", "active"));
	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("name", "name", "type", "type", "province",
			"province", "regionCode", "region_code");

	private final AgencyRepository agencies;
	private final AgencyUnitRepository units;
	private final AgencyChecks checks;
	private final AgencyAdmin admin;
	private final ApplicationEventPublisher events;

	AgencyCsv(AgencyRepository agencies, AgencyUnitRepository units, AgencyChecks checks, AgencyAdmin admin,
			ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.units = units;
		this.checks = checks;
		this.admin = admin;
		this.events = events;
	}

	/** Adds the file's agencies, or none of them (a {@code CsvImportException} says why); answers how many. */
	int importAgencies(InputStream in) {
		List<Csv.Row> rows = Csv.read(in, AGENCY_SPEC);
		admin.lockAgencyWrites();
		var known = new AgencyChecks.Known(agencies.findAll());
		Csv.Problems problems = new Csv.Problems();
		List<Agency> added = new ArrayList<>();
		for (Csv.Row row : rows) {
			var checked = checks.check(row.get("name"), row.get("type"), row.get("province"), row.get("region_code"),
					null, known);
			Boolean active = active(row, problems);
			if (checked.input() == null) {
				checked.problems().forEach(p -> problems.add(row.line(), COLUMN_OF_FIELD.get(p.field()), p.key(), p.args()));
			}
			else if (active != null) {
				AgencyInput input = checked.input();
				known.add(null, input.name(), input.regionCode());
				Agency agency = new Agency(input);
				agency.setActive(active);
				added.add(agency);
			}
		}
		problems.throwIfAny();
		agencies.saveAll(added);
		events.publishEvent(AuditEvent.of("AGENCIES_IMPORTED", "agency", null, null, added.size() + " agencies"));
		return added.size();
	}

	/** Adds the file's units, or none of them; answers how many. */
	int importUnits(InputStream in) {
		List<Csv.Row> rows = Csv.read(in, UNIT_SPEC);
		admin.lockAgencyWrites();
		List<Agency> all = agencies.findAll();
		Map<String, Agency> byName = new HashMap<>();
		Map<String, Agency> byCode = new HashMap<>();
		all.forEach(a -> {
			byName.put(a.getName().toLowerCase(Locale.ROOT), a);
			if (a.getRegionCode() != null) {
				byCode.put(a.getRegionCode(), a);
			}
		});
		Set<String> taken = new HashSet<>();
		units.findAll().forEach(u -> taken.add(u.getAgencyId() + ":" + u.getName().toLowerCase(Locale.ROOT)));
		Csv.Problems problems = new Csv.Problems();
		List<AgencyUnit> added = new ArrayList<>();
		for (Csv.Row row : rows) {
			Agency agency = agency(row, byName, byCode, problems);
			String name = row.required("unit", problems);
			Boolean active = active(row, problems);
			if (name != null && Texts.length(name) > AgencyAdmin.MAX_UNIT_NAME) {
				problems.add(row.line(), "unit", "agency.error.nameTooLong", AgencyAdmin.MAX_UNIT_NAME);
			}
			else if (agency != null && name != null && !taken.add(agency.getId() + ":" + name.toLowerCase(Locale.ROOT))) {
				problems.add(row.line(), "unit", "agency.error.duplicateUnit", name);
			}
			else if (agency != null && name != null && active != null) {
				AgencyUnit unit = new AgencyUnit(agency.getId(), name);
				unit.setActive(active);
				added.add(unit);
			}
		}
		problems.throwIfAny();
		units.saveAll(added);
		events.publishEvent(AuditEvent.of("UNITS_IMPORTED", "unit", null, null, added.size() + " units"));
		return added.size();
	}

	@Transactional(readOnly = true)
	void exportAgencies(AgencySearch search, OutputStream out) {
		List<List<?>> rows = agencies.findAll(search.spec(), Sort.by("name", "id")).stream()
				.map(a -> List.of(a.getName(), a.getType().name(), nullable(a.getProvince()), nullable(a.getRegionCode()),
						a.isActive()))
				.<List<?>>map(r -> r).toList();
		Csv.write(out, AGENCY_COLUMNS, rows);
	}

	/** The units of the agencies the search finds, by agency then unit. */
	@Transactional(readOnly = true)
	void exportUnits(AgencySearch search, OutputStream out) {
		Map<Long, Agency> found = new HashMap<>();
		List<Agency> list = agencies.findAll(search.spec(), Sort.by("name", "id"));
		list.forEach(a -> found.put(a.getId(), a));
		Map<Long, Integer> order = new HashMap<>();
		for (int i = 0; i < list.size(); i++) {
			order.put(list.get(i).getId(), i);
		}
		List<List<?>> rows = units.findByAgencyIdInOrderByAgencyIdAscNameAsc(found.keySet()).stream()
				.sorted(java.util.Comparator.comparing((AgencyUnit u) -> order.get(u.getAgencyId())))
				.<List<?>>map(u -> {
					Agency a = found.get(u.getAgencyId());
					return List.of(a.getName(), nullable(a.getRegionCode()), u.getName(), u.isActive());
				}).toList();
		Csv.write(out, UNIT_COLUMNS, rows);
	}

	private static Agency agency(Csv.Row row, Map<String, Agency> byName, Map<String, Agency> byCode,
			Csv.Problems problems) {
		String code = row.get("region_code");
		if (code != null) {
			Agency a = byCode.get(code);
			if (a == null) {
				problems.add(row.line(), "region_code", "agency.error.unknownAgency", code);
			}
			return a;
		}
		String name = row.required("agency", problems);
		if (name == null) {
			return null;
		}
		Agency a = byName.get(name.toLowerCase(Locale.ROOT));
		if (a == null) {
			problems.add(row.line(), "agency", "agency.error.unknownAgency", name);
		}
		return a;
	}

	/** The active column: blank, true/false, ya/tidak, yes/no, 1/0; null (and a problem) for anything else. */
	private static Boolean active(Csv.Row row, Csv.Problems problems) {
		String v = row.get("active");
		if (v == null) {
			return true;
		}
		switch (v.toLowerCase(Locale.ROOT)) {
			case "true", "ya", "yes", "1", "aktif", "active":
				return true;
			case "false", "tidak", "no", "0", "nonaktif", "inactive":
				return false;
			default:
				problems.add(row.line(), "active", "agency.error.badActive", v);
				return null;
		}
	}

	private static String nullable(String s) {
		return s == null ? "" : s;
	}
}
