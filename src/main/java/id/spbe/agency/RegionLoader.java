package id.spbe.agency;

import id.spbe.common.AuditEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the bundled region list as agencies in one action: each province becomes a PROVINSI
 * agency "Pemerintah Provinsi X", each kabupaten/kota a KABUPATEN or KOTA agency "Pemerintah
 * Kabupaten X" / "Pemerintah Kota X" (the names the demo data and the ministry use), with its
 * province and Kemendagri code.
 *
 * <p>Matching is by code first, so loading twice adds nothing and an agency renamed since keeps
 * its new name. An agency created before without a code (the demo's "Pemerintah Kota
 * Pangkalpinang", a CSV import) is linked rather than duplicated when it has the same type and
 * its name equals the region's agency name or the region's own name once case, spaces and
 * punctuation are ignored ("Pangkalpinang" meets the list's "Pangkal Pinang"); it keeps its name
 * and gets the code and the list's province. A region whose agency name is taken by an agency
 * that cannot be linked (another type or another code) is skipped and named in the answer.
 */
@Service
@Transactional
class RegionLoader {

	/** What a load did; {@code skipped} names the regions left out because their name is taken. */
	record Outcome(int added, int linked, int unchanged, List<String> skipped) {
	}

	private static final int MAX_DETAIL = 2_000;

	private final AgencyRepository agencies;
	private final RegionList regions;
	private final AgencyAdmin admin;
	private final ApplicationEventPublisher events;

	RegionLoader(AgencyRepository agencies, RegionList regions, AgencyAdmin admin, ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.regions = regions;
		this.admin = admin;
		this.events = events;
	}

	Outcome load() {
		admin.lockAgencyWrites();
		Run run = new Run(agencies.findAll());
		for (RegionList.Province p : regions.provinces()) {
			run.region(p.code(), p.agencyName(), "Provinsi " + p.name(), AgencyType.PROVINSI, p.name());
		}
		for (RegionList.Regency r : regions.regencies()) {
			run.region(r.code(), r.agencyName(), r.name(), r.type(), r.province().name());
		}
		Outcome outcome = new Outcome(run.added, run.linked.size(), run.unchanged, run.skipped);
		String detail = "added " + outcome.added() + ", linked " + run.linked + ", unchanged " + outcome.unchanged()
				+ (run.skipped.isEmpty() ? "" : ", skipped " + run.skipped) + " (" + RegionList.SOURCE + ")";
		// an audit detail holds at most 2,000 characters; hundreds of linked names would not fit
		events.publishEvent(AuditEvent.of("REGIONS_LOADED", "agency", null, null,
				detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "\u2026"));
		return outcome;
	}

	/** One load's state: what is stored, what is still unlinked, what was done. */
	private final class Run {

		private final Set<String> codes = new HashSet<>();
		private final Set<String> names = new HashSet<>();
		private final Map<String, Agency> unlinked = new HashMap<>();
		private final List<String> linked = new ArrayList<>();
		private final List<String> skipped = new ArrayList<>();
		private int added;
		private int unchanged;

		Run(List<Agency> all) {
			for (Agency a : all) {
				names.add(a.getName().toLowerCase(Locale.ROOT));
				if (a.getRegionCode() != null) {
					codes.add(a.getRegionCode());
				}
				else if (a.getType() != AgencyType.KEMENTERIAN_LEMBAGA) {
					unlinked.putIfAbsent(a.getType() + ":" + RegionList.key(a.getName()), a);
				}
			}
		}

		void region(String code, String agencyName, String regionName, AgencyType type, String province) {
			if (codes.contains(code)) {
				unchanged++;
				return;
			}
			Agency match = unlinked.remove(type + ":" + RegionList.key(agencyName));
			if (match == null) {
				match = unlinked.remove(type + ":" + RegionList.key(regionName));
			}
			if (match != null) {
				match.update(new AgencyInput(match.getName(), type, province, code));
				linked.add(match.getName() + " = " + code);
			}
			else if (names.contains(agencyName.toLowerCase(Locale.ROOT))) {
				skipped.add(agencyName + " (" + code + ")");
			}
			else {
				agencies.save(new Agency(new AgencyInput(agencyName, type, province, code)));
				names.add(agencyName.toLowerCase(Locale.ROOT));
				added++;
			}
			codes.add(code);
		}
	}
}
