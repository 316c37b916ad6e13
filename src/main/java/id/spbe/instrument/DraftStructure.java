package id.spbe.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a draft as the structure page edits it: domains, aspects and indicators in
 * their new order, each row naming the row of the stored tree it came from by a key (its position
 * there: {@code d0}, {@code a3}, {@code i12}; blank for a row added now). Keys, not codes or
 * numbers, because an invalid draft may hold the same code or number twice, and a code or number
 * may itself be what is being changed.
 *
 * @param domains    domains in order; empty for instruments without domains (Pemdi)
 * @param aspects    aspects in order; {@code domainKey} names a kept domain, or is blank
 * @param indicators indicators in order; {@code aspectKey} names a kept aspect
 */
record DraftStructure(List<DomainRow> domains, List<AspectRow> aspects, List<IndicatorRow> indicators) {

	/** A domain as kept, renamed or added. */
	record DomainRow(String key, String code, Text name, BigDecimal weight) {
	}

	/** An aspect as kept, renamed, moved to another domain or added. */
	record AspectRow(String key, String domainKey, String code, Text name, BigDecimal weight) {
	}

	/** An indicator as kept, renamed, renumbered, re-weighted, moved to another aspect or added. */
	record IndicatorRow(String key, String aspectKey, int number, Text name, BigDecimal weight) {
	}

	/** The structure of {@code d} unchanged, with the keys the stored tree gives its rows. */
	static DraftStructure of(InstrumentDefinition d) {
		List<DomainRow> domains = new ArrayList<>();
		List<AspectRow> aspects = new ArrayList<>();
		List<IndicatorRow> indicators = new ArrayList<>();
		for (int i = 0; i < d.domains().size(); i++) {
			InstrumentDefinition.Domain domain = d.domains().get(i);
			domains.add(new DomainRow(domainKey(i), domain.code(), domain.name(), domain.weight()));
		}
		int a = 0;
		int n = 0;
		for (int di = 0; di <= d.domains().size(); di++) {
			List<InstrumentDefinition.Aspect> under = di < d.domains().size() ? d.domains().get(di).aspects() : d.aspects();
			String domainKey = di < d.domains().size() ? domainKey(di) : null;
			for (InstrumentDefinition.Aspect aspect : under) {
				String aspectKey = aspectKey(a++);
				aspects.add(new AspectRow(aspectKey, domainKey, aspect.code(), aspect.name(), aspect.weight()));
				for (InstrumentDefinition.Indicator indicator : aspect.indicators()) {
					indicators.add(new IndicatorRow(indicatorKey(n++), aspectKey, indicator.number(), indicator.name(),
							indicator.weight()));
				}
			}
		}
		return new DraftStructure(domains, aspects, indicators);
	}

	static String domainKey(int position) {
		return "d" + position;
	}

	static String aspectKey(int position) {
		return "a" + position;
	}

	static String indicatorKey(int position) {
		return "i" + position;
	}
}
