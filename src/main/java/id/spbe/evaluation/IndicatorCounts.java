package id.spbe.evaluation;

/**
 * Progress of a stage: {@code scored} of {@code total} indicators have their own level.
 */
public record IndicatorCounts(long total, long scored) {

	/** Whole percent, rounded down; 0 for an empty instrument. */
	public long percent() {
		return total == 0 ? 0 : scored * 100 / total;
	}
}
