package id.spbe.instrument;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Criterion and expected evidence of one level of one indicator. */
@Entity
@Table(name = "level_criterion")
class LevelCriterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;
	private int level;
	private String criterionId;
	private String criterionEn;
	private String evidenceExpectedId;
	private String evidenceExpectedEn;

	protected LevelCriterion() {
	}

	LevelCriterion(Indicator indicator, int level, InstrumentDefinition.Level l) {
		this.indicator = indicator;
		this.level = level;
		this.criterionId = l.criterion().id();
		this.criterionEn = l.criterion().en();
		if (l.evidenceExpected() != null) {
			this.evidenceExpectedId = l.evidenceExpected().id();
			this.evidenceExpectedEn = l.evidenceExpected().en();
		}
	}

	int level() {
		return level;
	}

	InstrumentDefinition.Level toDefinition() {
		Text evidence = evidenceExpectedId == null && evidenceExpectedEn == null ? null
				: new Text(evidenceExpectedId, evidenceExpectedEn);
		return new InstrumentDefinition.Level(new Text(criterionId, criterionEn), evidence);
	}
}
