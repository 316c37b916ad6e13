package id.spbe.agency;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public API of the agency module. */
@Service
@Transactional(readOnly = true)
public class Agencies {

	private final AgencyRepository agencies;
	private final AgencyUnitRepository units;

	Agencies(AgencyRepository agencies, AgencyUnitRepository units) {
		this.agencies = agencies;
		this.units = units;
	}

	/** The agency's units (OPD), by name. */
	public List<UnitView> units(long agencyId) {
		return units.findByAgencyIdOrderByName(agencyId).stream().map(UnitView::of).toList();
	}

	/** The unit named {@code name} of the agency, created when missing. */
	@Transactional
	public UnitView findOrCreateUnit(long agencyId, String name) {
		return UnitView.of(units.findByAgencyIdAndName(agencyId, name)
				.orElseGet(() -> units.save(new AgencyUnit(agencyId, name))));
	}

	/** The agency with this id. */
	public Optional<AgencyView> byId(long id) {
		return agencies.findById(id).map(AgencyView::of);
	}

	/** Names of the agencies with these ids, in one query. */
	public Map<Long, String> names(Collection<Long> ids) {
		return agencies.findAllById(ids).stream().collect(Collectors.toMap(Agency::getId, Agency::getName));
	}

	/** Number of agencies. */
	public long count() {
		return agencies.count();
	}

	/** The agency named {@code name}, created with the given type and province when missing. */
	@Transactional
	public AgencyView findOrCreate(String name, AgencyType type, String province) {
		return AgencyView.of(agencies.findByName(name).orElseGet(() -> agencies.save(new Agency(name, type, province))));
	}

	/** Every agency, by name (enrolment filters and CSV lists of agencies are matched against it). */
	public List<AgencyView> list() {
		return agencies.findAll(org.springframework.data.domain.Sort.by("name")).stream().map(AgencyView::of).toList();
	}
}
