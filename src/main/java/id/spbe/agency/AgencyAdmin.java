package id.spbe.agency;

import id.spbe.common.AuditEvent;
import id.spbe.common.NotFoundException;
import id.spbe.common.Texts;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to agencies and units (pages and API alike). Agencies and units are
 * deactivated, never deleted: evaluations, users and assignments point at them. Every change
 * publishes an {@link AuditEvent} in its transaction.
 */
@Service
@Transactional
class AgencyAdmin {

	static final int PAGE_SIZE = 50;
	static final int MAX_UNIT_NAME = 200;
	/** Serialises the writes that check names and codes against all agencies (pg advisory lock key). */
	private static final long AGENCY_WRITE_LOCK = 0x5350_4245_0010L;

	private final AgencyRepository agencies;
	private final AgencyUnitRepository units;
	private final AgencyChecks checks;
	private final ApplicationEventPublisher events;
	private final JdbcTemplate jdbc;

	AgencyAdmin(AgencyRepository agencies, AgencyUnitRepository units, AgencyChecks checks,
			ApplicationEventPublisher events, JdbcTemplate jdbc) {
		this.agencies = agencies;
		this.units = units;
		this.checks = checks;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** Waits for any other agency write, so that two of them cannot both pass the duplicate checks. */
	void lockAgencyWrites() {
		jdbc.execute("select pg_advisory_xact_lock(" + AGENCY_WRITE_LOCK + ")");
	}

	@Transactional(readOnly = true)
	Page<AgencyView> search(AgencySearch search, int page) {
		return agencies.findAll(search.spec(), PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name", "id")))
				.map(AgencyView::of);
	}

	@Transactional(readOnly = true)
	AgencyView get(long id) {
		return AgencyView.of(find(id));
	}

	AgencyView create(AgencyFields fields) {
		return create(fields, true);
	}

	/** A new agency, active or not (the API may create one inactive), in one transaction. */
	AgencyView create(AgencyFields fields, boolean active) {
		lockAgencyWrites();
		AgencyInput input = checked(fields, null);
		Agency agency = new Agency(input);
		agency.setActive(active);
		agencies.save(agency);
		events.publishEvent(AuditEvent.of("AGENCY_CREATED", "agency", agency.getId(), agency.getId(),
				describe(input) + (active ? "" : ", inactive")));
		return AgencyView.of(agency);
	}

	/** Changes the fields and, when {@code active} is not null, the status, in one transaction. */
	AgencyView update(long id, AgencyFields fields, Boolean active) {
		AgencyView updated = update(id, fields);
		return active == null ? updated : setActive(id, active);
	}

	AgencyView update(long id, AgencyFields fields) {
		lockAgencyWrites();
		Agency agency = find(id);
		AgencyInput input = checked(fields, id);
		String before = describe(new AgencyInput(agency.getName(), agency.getType(), agency.getProvince(),
				agency.getRegionCode()));
		agency.update(input);
		events.publishEvent(AuditEvent.of("AGENCY_UPDATED", "agency", id, id, before + " -> " + describe(input)));
		return AgencyView.of(agency);
	}

	/** Deactivates or reactivates; asking for the state it already has changes and records nothing. */
	AgencyView setActive(long id, boolean active) {
		Agency agency = find(id);
		if (agency.isActive() != active) {
			agency.setActive(active);
			events.publishEvent(AuditEvent.of(active ? "AGENCY_REACTIVATED" : "AGENCY_DEACTIVATED", "agency", id, id,
					agency.getName()));
		}
		return AgencyView.of(agency);
	}

	@Transactional(readOnly = true)
	List<UnitView> units(long agencyId) {
		find(agencyId);
		return units.findByAgencyIdOrderByName(agencyId).stream().map(UnitView::of).toList();
	}

	UnitView addUnit(long agencyId, String typedName) {
		find(agencyId);
		String name = unitName(agencyId, typedName, null);
		AgencyUnit unit = units.save(new AgencyUnit(agencyId, name));
		events.publishEvent(AuditEvent.of("UNIT_CREATED", "unit", unit.getId(), agencyId, name));
		return UnitView.of(unit);
	}

	UnitView renameUnit(long agencyId, long unitId, String typedName) {
		AgencyUnit unit = findUnit(agencyId, unitId);
		String name = unitName(agencyId, typedName, unitId);
		if (!name.equals(unit.getName())) {
			events.publishEvent(AuditEvent.of("UNIT_UPDATED", "unit", unitId, agencyId, unit.getName() + " -> " + name));
			unit.rename(name);
		}
		return UnitView.of(unit);
	}

	/** The API's unit change: a new name and/or status (null: unchanged; both null is refused), in one transaction. */
	UnitView updateUnit(long agencyId, long unitId, String typedName, Boolean active) {
		if (typedName == null && active == null) {
			throw AgencyRefusedException.of("name", "agency.error.required");
		}
		UnitView unit = typedName == null ? null : renameUnit(agencyId, unitId, typedName);
		return active == null ? unit : setUnitActive(agencyId, unitId, active);
	}

	/** A new unit, active or not, in one transaction. */
	UnitView addUnit(long agencyId, String typedName, boolean active) {
		UnitView unit = addUnit(agencyId, typedName);
		return active ? unit : setUnitActive(agencyId, unit.id(), false);
	}

	UnitView setUnitActive(long agencyId, long unitId, boolean active) {
		AgencyUnit unit = findUnit(agencyId, unitId);
		if (unit.isActive() != active) {
			unit.setActive(active);
			events.publishEvent(AuditEvent.of(active ? "UNIT_REACTIVATED" : "UNIT_DEACTIVATED", "unit", unitId, agencyId,
					unit.getName()));
		}
		return UnitView.of(unit);
	}

	/** A unit name checked: present, not too long, not another unit's of the agency (any case). */
	String unitName(long agencyId, String typed, Long self) {
		String name = Texts.line(typed);
		if (name == null) {
			throw AgencyRefusedException.of("name", "agency.error.required");
		}
		if (Texts.length(name) > MAX_UNIT_NAME) {
			throw AgencyRefusedException.of("name", "agency.error.nameTooLong", MAX_UNIT_NAME);
		}
		boolean taken = units.findByAgencyIdOrderByName(agencyId).stream()
				.anyMatch(u -> u.getName().equalsIgnoreCase(name) && !u.getId().equals(self));
		if (taken) {
			throw AgencyRefusedException.of("name", "agency.error.duplicateUnit", name);
		}
		return name;
	}

	private AgencyInput checked(AgencyFields f, Long self) {
		var known = new AgencyChecks.Known(agencies.findAll());
		var checked = checks.check(f.name(), f.type(), f.province(), f.regionCode(), self, known);
		if (checked.input() == null) {
			throw new AgencyRefusedException(checked.problems());
		}
		return checked.input();
	}

	static String describe(AgencyInput a) {
		return a.name() + " (" + a.type() + (a.province() == null ? "" : ", " + a.province())
				+ (a.regionCode() == null ? "" : ", " + a.regionCode()) + ")";
	}

	private Agency find(long id) {
		return agencies.findById(id).orElseThrow(() -> new NotFoundException("agency " + id));
	}

	private AgencyUnit findUnit(long agencyId, long unitId) {
		return units.findByIdAndAgencyId(unitId, agencyId)
				.orElseThrow(() -> new NotFoundException("unit " + unitId + " of agency " + agencyId));
	}
}
