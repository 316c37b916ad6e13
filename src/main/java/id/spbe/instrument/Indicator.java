package id.spbe.instrument;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A stored indicator with its level criteria, evidence items and external-index conversion. */
@Entity
@Table(name = "indicator")
class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "instrument_id")
	private Instrument instrument;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "aspect_id")
	private InstrumentAspect aspect;
	private int position;
	private int number;
	private String nameId;
	private String nameEn;
	private BigDecimal weight;
	private String scaleCode;
	private String explanationId;
	private String explanationEn;
	private String evidenceGuidanceId;
	private String evidenceGuidanceEn;
	@Enumerated(EnumType.STRING)
	private ValueSource valueSource;
	private String extCode;
	private String extNameId;
	private String extNameEn;
	private BigDecimal extMin;
	private BigDecimal extMax;
	@Column(name = "ext_default_value")
	private BigDecimal extDefaultValue;

	@OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("level")
	private List<LevelCriterion> criteria = new ArrayList<>();
	@OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<EvidenceItemRow> evidenceItems = new ArrayList<>();
	@OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ConversionBandRow> conversion = new ArrayList<>();

	protected Indicator() {
	}

	Indicator(Instrument instrument, InstrumentAspect aspect, int position, InstrumentDefinition.Indicator d) {
		this.instrument = instrument;
		this.aspect = aspect;
		this.position = position;
		this.number = d.number();
		this.nameId = d.name().id();
		this.nameEn = d.name().en();
		this.weight = d.weight();
		this.scaleCode = d.scale();
		this.explanationId = d.explanation() == null ? null : d.explanation().id();
		this.explanationEn = d.explanation() == null ? null : d.explanation().en();
		this.evidenceGuidanceId = d.evidenceGuidance() == null ? null : d.evidenceGuidance().id();
		this.evidenceGuidanceEn = d.evidenceGuidance() == null ? null : d.evidenceGuidance().en();
		this.valueSource = d.valueSource();
		InstrumentDefinition.ExternalIndex ext = d.externalIndex();
		if (ext != null) {
			this.extCode = ext.code();
			this.extNameId = ext.name() == null ? ext.code() : ext.name().id();
			this.extNameEn = ext.name() == null ? ext.code() : ext.name().en();
			this.extMin = ext.min();
			this.extMax = ext.max();
			this.extDefaultValue = ext.defaultValue();
			int p = 0;
			for (InstrumentDefinition.ConversionBand band : ext.conversion()) {
				conversion.add(new ConversionBandRow(this, p++, band));
			}
		}
		d.levels().forEach((level, l) -> criteria.add(new LevelCriterion(this, level, l)));
		int p = 0;
		for (InstrumentDefinition.EvidenceItem item : d.evidenceItems()) {
			evidenceItems.add(new EvidenceItemRow(this, p++, item));
		}
	}

	/** Database id. */
	public Long getId() {
		return id;
	}

	/** Indicator number within its instrument. */
	public int getNumber() {
		return number;
	}

	InstrumentAspect aspect() {
		return aspect;
	}

	InstrumentDefinition.Indicator toDefinition() {
		InstrumentDefinition.ExternalIndex ext = extCode == null ? null
				: new InstrumentDefinition.ExternalIndex(extCode, new Text(extNameId, extNameEn),
						InstrumentMapper.plain(extMin), InstrumentMapper.plain(extMax), InstrumentMapper.plain(extDefaultValue), conversion.stream().map(ConversionBandRow::toDefinition).toList());
		java.util.Map<Integer, InstrumentDefinition.Level> levels = new java.util.LinkedHashMap<>();
		criteria.forEach(c -> levels.put(c.level(), c.toDefinition()));
		return new InstrumentDefinition.Indicator(number, new Text(nameId, nameEn), InstrumentMapper.plain(weight), scaleCode,
				text(explanationId, explanationEn), text(evidenceGuidanceId, evidenceGuidanceEn), valueSource, ext,
				levels, evidenceItems.stream().map(EvidenceItemRow::toDefinition).toList());
	}

	private static Text text(String id, String en) {
		return id == null && en == null ? null : new Text(id, en);
	}
}
