package id.spbe.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One indicator's entry in an evaluation.
 *
 * @param selfLevel      the agency's level (penilaian mandiri), null until chosen; 1-5, two decimals at most
 * @param justification  the agency's penjelasan, as typed
 * @param approvedBy     the coordinator who approved the current entry, null when not (or no longer) approved
 * @param version        version of the level and justification: a save names the version it
 *                       started from and is refused when someone changed them since (evidence,
 *                       assignment and approval changes do not count)
 * @param stages         the values set at each stage (SELF included), absent stages not set yet
 * @param recommendation the assessors' final recommendation, null until written
 */
public record AssessmentView(long id, long evaluationId, int number, BigDecimal selfLevel, String justification,
		Long assigneeUserId, Long assigneeUnitId, Long approvedBy, Instant approvedAt, Long updatedBy,
		Instant updatedAt, long version, Map<Stage, StageValue> stages, String recommendation) {

	/** True when the coordinator approved the current entry. */
	public boolean approved() {
		return approvedBy != null;
	}

	/** The level set at this stage itself, or null. */
	public BigDecimal levelAt(Stage stage) {
		return Optional.ofNullable(stages.get(stage)).map(StageValue::level).orElse(null);
	}

	/** The assessors' final level, or null while none is set. */
	public BigDecimal finalLevel() {
		return levelAt(Stage.FINAL);
	}

	/** The note set at this stage, or null. */
	public String noteAt(Stage stage) {
		return Optional.ofNullable(stages.get(stage)).map(StageValue::note).orElse(null);
	}

	/**
	 * The level this stage shows: its own when set, else the previous stage's (recursively), so an
	 * assessor only changes what differs. Null when no stage up to this one has a level.
	 */
	public BigDecimal effectiveLevel(Stage stage) {
		BigDecimal own = levelAt(stage);
		return own != null ? own : stage.previous().map(this::effectiveLevel).orElse(null);
	}

	/** True when this stage has its own level (not one carried from an earlier stage). */
	public boolean scoredAt(Stage stage) {
		return levelAt(stage) != null;
	}
}
