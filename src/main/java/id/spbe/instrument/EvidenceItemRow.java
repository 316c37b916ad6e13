package id.spbe.instrument;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A checklist item of expected evidence for one level (Pemdi), e.g. {@code I1-L2-02}. */
@Entity
@Table(name = "evidence_item")
class EvidenceItemRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;
	private int position;
	private String code;
	private int level;
	private String descriptionId;
	private String descriptionEn;

	protected EvidenceItemRow() {
	}

	EvidenceItemRow(Indicator indicator, int position, InstrumentDefinition.EvidenceItem item) {
		this.indicator = indicator;
		this.position = position;
		this.code = item.code();
		this.level = item.level();
		this.descriptionId = item.description().id();
		this.descriptionEn = item.description().en();
	}

	InstrumentDefinition.EvidenceItem toDefinition() {
		return new InstrumentDefinition.EvidenceItem(code, level, new Text(descriptionId, descriptionEn));
	}
}
