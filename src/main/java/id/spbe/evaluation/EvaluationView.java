package id.spbe.evaluation;

/**
 * An evaluation as the other modules see it.
 *
 * @param instrumentId id of the instrument version of the period
 * @param version      optimistic-lock version of the evaluation row
 */
public record EvaluationView(long id, long agencyId, String agencyName, long periodId, String periodName, int year,
		long instrumentId, EvaluationState state, long version) {
}
