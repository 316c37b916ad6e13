package id.spbe.instrument;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored instrument version. Rows are written once from an {@link InstrumentDefinition}; a
 * published version is never changed afterwards (a new version is loaded instead).
 */
@Entity
@Table(name = "instrument")
class Instrument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private String code;
	private int version;
	private String nameId;
	private String nameEn;
	private String regulation;
	@Enumerated(EnumType.STRING)
	private InstrumentStatus status;
	private boolean fractionalValues;
	private BigDecimal scaleMin;
	private BigDecimal scaleMax;
	private String indexNameId;
	private String indexNameEn;
	private String sourceNoteId;
	private String sourceNoteEn;
	private String sourceFile;
	private String checksum;
	private Instant loadedAt;

	// Declared in insert order: aspects reference domains, indicators reference aspects.
	@OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<InstrumentScale> scales = new ArrayList<>();
	@OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<RatingBand> bands = new ArrayList<>();
	@OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<InstrumentDomain> domains = new ArrayList<>();
	@OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<InstrumentAspect> aspects = new ArrayList<>();
	@OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Indicator> indicators = new ArrayList<>();

	protected Instrument() {
	}

	Instrument(InstrumentDefinition d, String sourceFile, String checksum, Instant loadedAt) {
		this.code = d.code();
		this.version = d.version();
		this.nameId = d.name().id();
		this.nameEn = d.name().en();
		this.regulation = d.regulation();
		this.status = d.status();
		this.fractionalValues = d.fractionalValues();
		this.scaleMin = d.scaleMin();
		this.scaleMax = d.scaleMax();
		this.indexNameId = d.indexName() == null ? d.name().id() : d.indexName().id();
		this.indexNameEn = d.indexName() == null ? d.name().en() : d.indexName().en();
		this.sourceNoteId = d.sourceNote() == null ? null : d.sourceNote().id();
		this.sourceNoteEn = d.sourceNote() == null ? null : d.sourceNote().en();
		this.sourceFile = sourceFile;
		this.checksum = checksum;
		this.loadedAt = loadedAt;
	}

	/** Database id. */
	public Long getId() {
		return id;
	}

	/** Instrument code, e.g. {@code spbe-2020}. */
	public String getCode() {
		return code;
	}

	/** Version number within the code. */
	public int getVersion() {
		return version;
	}

	/** Publication status. */
	public InstrumentStatus getStatus() {
		return status;
	}

	String getChecksum() {
		return checksum;
	}

	Text name() {
		return new Text(nameId, nameEn);
	}

	String regulation() {
		return regulation;
	}

	boolean fractionalValues() {
		return fractionalValues;
	}

	BigDecimal scaleMin() {
		return scaleMin;
	}

	BigDecimal scaleMax() {
		return scaleMax;
	}

	Text indexName() {
		return new Text(indexNameId, indexNameEn);
	}

	Text sourceNote() {
		return sourceNoteId == null && sourceNoteEn == null ? null : new Text(sourceNoteId, sourceNoteEn);
	}

	List<InstrumentScale> scales() {
		return scales;
	}

	List<RatingBand> bands() {
		return bands;
	}

	List<InstrumentDomain> domains() {
		return domains;
	}

	List<InstrumentAspect> aspects() {
		return aspects;
	}

	List<Indicator> indicators() {
		return indicators;
	}
}
