package id.spbe.evaluation;

import id.spbe.common.Decimals;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One indicator of one evaluation: the agency's entry, its assignee and approval, and its stage values. */
@Entity
@Table(name = "indicator_assessment")
class IndicatorAssessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long evaluationId;
	private int indicatorNumber;
	private String justification;
	private Long assigneeUserId;
	private Long assigneeUnitId;
	private Long approvedBy;
	private Instant approvedAt;
	private Long updatedBy;
	private Instant updatedAt;
	@Version
	private long version;
	private long entryVersion;
	private String recommendation;
	@OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<StageScore> scores = new ArrayList<>();

	protected IndicatorAssessment() {
	}

	IndicatorAssessment(long evaluationId, int indicatorNumber) {
		this.evaluationId = evaluationId;
		this.indicatorNumber = indicatorNumber;
	}

	Long getId() {
		return id;
	}

	int getIndicatorNumber() {
		return indicatorNumber;
	}

	/** Version of the level and justification (the form's optimistic check). */
	long getEntryVersion() {
		return entryVersion;
	}

	BigDecimal value(Stage stage) {
		return scores.stream().filter(s -> s.stage() == stage).findFirst().map(StageScore::value).orElse(null);
	}

	/**
	 * Sets the agency's level and justification; an approval is withdrawn when either changes.
	 *
	 * @return the changes for the history, empty when nothing changed
	 */
	List<ScoreChange> updateSelf(BigDecimal level, String newJustification, long by, Instant at) {
		boolean levelChanged = !sameValue(value(Stage.SELF), level);
		boolean textChanged = !Objects.equals(justification, newJustification);
		List<ScoreChange> changes = new ArrayList<>();
		if (!levelChanged && !textChanged) {
			return changes;
		}
		if (levelChanged) {
			changes.add(change(Stage.SELF, ScoreChange.Field.LEVEL, plain(value(Stage.SELF)), plain(level), by, at));
			score(Stage.SELF).set(level, by, at);
		}
		if (textChanged) {
			changes.add(change(Stage.SELF, ScoreChange.Field.JUSTIFICATION, justification, newJustification, by, at));
		}
		this.justification = newJustification;
		this.entryVersion++;
		this.updatedBy = by;
		this.updatedAt = at;
		this.approvedBy = null;
		this.approvedAt = null;
		return changes;
	}

	/**
	 * Sets an assessor stage's level and note (and, for the final stage, the recommendation).
	 *
	 * @return the changes for the history, empty when nothing changed
	 */
	List<ScoreChange> updateStage(Stage stage, BigDecimal level, String note, String newRecommendation, long by,
			Instant at) {
		List<ScoreChange> changes = new ArrayList<>();
		StageScore current = scores.stream().filter(s -> s.stage() == stage).findFirst().orElse(null);
		BigDecimal oldLevel = current == null ? null : current.value();
		String oldNote = current == null ? null : current.note();
		if (!sameValue(oldLevel, level)) {
			changes.add(change(stage, ScoreChange.Field.LEVEL, plain(oldLevel), plain(level), by, at));
			score(stage).set(level, by, at);
		}
		if (!Objects.equals(oldNote, note)) {
			changes.add(change(stage, ScoreChange.Field.NOTE, oldNote, note, by, at));
			score(stage).setNote(note, by, at);
		}
		if (stage == Stage.FINAL && !Objects.equals(recommendation, newRecommendation)) {
			changes.add(change(stage, ScoreChange.Field.RECOMMENDATION, recommendation, newRecommendation, by, at));
			this.recommendation = newRecommendation;
		}
		return changes;
	}

	/**
	 * Sets the value of an indicator fed by another national index at every stage at once: the
	 * agency and the assessors never set it, so every stage's index reads the same converted value.
	 *
	 * @param by the administrator who entered the score; null for the instrument's default written
	 *           when the evaluation opens (nothing is then kept in the history)
	 * @return the level changes for the history, empty when by is null or nothing changed
	 */
	List<ScoreChange> setExternal(BigDecimal value, Long by, Instant at) {
		List<ScoreChange> changes = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			BigDecimal old = value(stage);
			if (!sameValue(old, value)) {
				if (by != null) {
					changes.add(change(stage, ScoreChange.Field.LEVEL, plain(old), plain(value), by, at));
				}
				score(stage).setExternal(value, by, at);
			}
		}
		return changes;
	}

	private ScoreChange change(Stage stage, ScoreChange.Field field, String from, String to, long by, Instant at) {
		return new ScoreChange(id, stage, field, from, to, by, at);
	}

	private static String plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		return Decimals.plain(value);
	}

	void assign(Long userId, Long unitId, long by, Instant at) {
		this.assigneeUserId = userId;
		this.assigneeUnitId = unitId;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	void approve(long by, Instant at) {
		this.approvedBy = by;
		this.approvedAt = at;
	}

	/** Marks the entry changed (e.g. its evidence) so that the approval and the lock version follow. */
	void touch(long by, Instant at) {
		this.updatedBy = by;
		this.updatedAt = at;
		this.approvedBy = null;
		this.approvedAt = null;
	}

	private StageScore score(Stage stage) {
		return scores.stream().filter(s -> s.stage() == stage).findFirst().orElseGet(() -> {
			StageScore s = new StageScore(this, stage);
			scores.add(s);
			return s;
		});
	}

	private static boolean sameValue(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	AssessmentView toView() {
		java.util.Map<Stage, StageValue> stages = new java.util.EnumMap<>(Stage.class);
		scores.forEach(s -> stages.put(s.stage(), s.toView()));
		return new AssessmentView(id, evaluationId, indicatorNumber, value(Stage.SELF), justification, assigneeUserId,
				assigneeUnitId, approvedBy, approvedAt, updatedBy, updatedAt, entryVersion, stages, recommendation);
	}
}
