package id.spbe.evaluation;

/**
 * One evaluation as listed on home pages.
 *
 * @param instrumentId id of the instrument version of the period
 */
public record EvaluationSummary(long id, long agencyId, String periodName, int year, long instrumentId,
		EvaluationState state) {

	static EvaluationSummary of(Evaluation e) {
		return new EvaluationSummary(e.getId(), e.getAgencyId(), e.getPeriod().getName(), e.getPeriod().getYear(),
				e.getPeriod().getInstrumentId(), e.getState());
	}
}
