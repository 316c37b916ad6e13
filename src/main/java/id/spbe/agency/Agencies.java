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

	private final RegionList regions;

	Agencies(AgencyRepository agencies, AgencyUnitRepository units, RegionList regions) {
		this.agencies = agencies;
		this.units = units;
		this.regions = regions;
	}

	/** The agency's units (OPD), by name, inactive ones too (see {@link UnitView#active()}). */
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

	/** Every agency, active or not, by name. */
	public List<AgencyView> all() {
		return agencies.findAll(org.springframework.data.domain.Sort.by("name", "id")).stream().map(AgencyView::of).toList();
	}

	/** The active agencies, by name: those a new period enrols. */
	public List<AgencyView> active() {
		return agencies.findByActiveTrueOrderByName().stream().map(AgencyView::of).toList();
	}

	/**
	 * The active agencies of a type and province, by name (enrolment and dashboard filters).
	 *
	 * @param type     null for every type
	 * @param province a province name as in the region list, any case; null for every province
	 */
	public List<AgencyView> active(AgencyType type, String province) {
		String p = province == null ? null : regions.province(province).map(RegionList.Province::name).orElse(province);
		return agencies.findAll(new AgencySearch(null, type, p, true).spec(),
				org.springframework.data.domain.Sort.by("name", "id")).stream().map(AgencyView::of).toList();
	}

	/** The agency with this name, ignoring case (CSV imports of users and enrolments name agencies). */
	public Optional<AgencyView> byName(String name) {
		return name == null ? Optional.empty() : agencies.findByNameIgnoreCase(name.strip()).map(AgencyView::of);
	}

	/** The agency with this Kemendagri region code ("19.71"). */
	public Optional<AgencyView> byRegionCode(String code) {
		return code == null ? Optional.empty() : agencies.findByRegionCode(code.strip()).map(AgencyView::of);
	}

	/** The agency's unit of this name, ignoring case. */
	public Optional<UnitView> unitByName(long agencyId, String name) {
		return units.findByAgencyIdOrderByName(agencyId).stream()
				.filter(u -> name != null && u.getName().equalsIgnoreCase(name.strip())).findFirst().map(UnitView::of);
	}

	/** The 38 province names of the bundled region list, the only provinces an agency may have. */
	public List<String> provinces() {
		return regions.provinces().stream().map(RegionList.Province::name).toList();
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
