package id.spbe.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One indicator's entry in an evaluation.
 *
 * @param selfLevel     the agency's level (penilaian mandiri), null until chosen; 1-5, two decimals at most
 * @param justification the agency's penjelasan, as typed
 * @param approvedBy    the coordinator who approved the current entry, null when not (or no longer) approved
 * @param version       version of the level and justification: a save names the version it
 *                      started from and is refused when someone changed them since (evidence,
 *                      assignment and approval changes do not count)
 */
public record AssessmentView(long id, long evaluationId, int number, BigDecimal selfLevel, String justification,
		Long assigneeUserId, Long assigneeUnitId, Long approvedBy, Instant approvedAt, Long updatedBy,
		Instant updatedAt, long version) {

	/** True when the coordinator approved the current entry. */
	public boolean approved() {
		return approvedBy != null;
	}
}
