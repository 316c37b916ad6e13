package id.spbe.instrument;

/**
 * One line of the instrument list.
 *
 * @param id         database id of the version
 * @param domains    number of domains (0 for Pemdi)
 * @param aspects    number of aspects
 * @param indicators number of indicators
 */
public record InstrumentSummary(long id, String code, int version, Text name, String regulation,
		InstrumentStatus status, boolean fractionalValues, int domains, int aspects, int indicators) {

	/** A draft version, named where it is refused (e.g. for a period, which needs a published one). */
	public record Draft(String code, int version) {
	}

	static InstrumentSummary of(long id, InstrumentDefinition d) {
		return new InstrumentSummary(id, d.code(), d.version(), d.name(), d.regulation(), d.status(),
				d.fractionalValues(), d.domains().size(), d.allAspects().size(), d.allIndicators().size());
	}
}
