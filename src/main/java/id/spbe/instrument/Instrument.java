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
 * A stored instrument version. A published or retired version's tree is in the child rows,
 * written once and never changed (a new version is made instead). A draft has no child rows: its
 * whole tree is the JSON {@code document}, which may be invalid while it is edited; publishing
 * validates it, writes the child rows and clears the document (see docs/architecture.md).
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
	private String document;
	private long lockValue;
	private String changedBy;
	private Instant changedAt;
	@Enumerated(EnumType.STRING)
	private InstrumentAction changedAction;

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

	/** A new draft holding {@code d} as its document. */
	static Instrument draft(InstrumentDefinition d, String document, String by, Instant at, InstrumentAction action) {
		Instrument instrument = new Instrument();
		instrument.code = d.code();
		instrument.version = d.version();
		instrument.status = InstrumentStatus.DRAFT;
		instrument.loadedAt = at;
		instrument.replaceDraft(d, document, by, at);
		instrument.changedAction = action;
		return instrument;
	}

	/** Replaces a draft's document and the header columns that mirror it; the lock value moves on. */
	void replaceDraft(InstrumentDefinition d, String document, String by, Instant at) {
		this.document = document;
		this.nameId = DraftHeader.name(d.name(), true);
		this.nameEn = DraftHeader.name(d.name(), false);
		this.regulation = DraftHeader.line(d.regulation());
		this.fractionalValues = d.fractionalValues();
		this.scaleMin = DraftHeader.scale(d.scaleMin(), d.scaleMax(), true);
		this.scaleMax = DraftHeader.scale(d.scaleMin(), d.scaleMax(), false);
		this.touch(by, at, InstrumentAction.INSTRUMENT_SAVED);
	}

	/** Freezes a valid draft: header from {@code d}, child rows written by the caller, no document. */
	void publish(InstrumentDefinition d, String checksum, String by, Instant at) {
		Instrument header = new Instrument(d, sourceFile, checksum, loadedAt);
		this.nameId = header.nameId;
		this.nameEn = header.nameEn;
		this.regulation = header.regulation;
		this.fractionalValues = header.fractionalValues;
		this.scaleMin = header.scaleMin;
		this.scaleMax = header.scaleMax;
		this.indexNameId = header.indexNameId;
		this.indexNameEn = header.indexNameEn;
		this.sourceNoteId = header.sourceNoteId;
		this.sourceNoteEn = header.sourceNoteEn;
		this.checksum = checksum;
		this.document = null;
		this.status = InstrumentStatus.PUBLISHED;
		touch(by, at, InstrumentAction.INSTRUMENT_PUBLISHED);
	}

	void retire(String by, Instant at) {
		this.status = InstrumentStatus.RETIRED;
		touch(by, at, InstrumentAction.INSTRUMENT_RETIRED);
	}

	private void touch(String by, Instant at, InstrumentAction action) {
		this.changedAction = action;
		this.changedBy = by;
		this.changedAt = at;
		this.lockValue++;
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

	/** The draft's tree as JSON; null once published. */
	String document() {
		return document;
	}

	/** Optimistic lock value: moves on with every change, a save must name the current one. */
	long lockValue() {
		return lockValue;
	}

	String changedBy() {
		return changedBy;
	}

	Instant changedAt() {
		return changedAt;
	}

	/** The last change, null for a version loaded from a bundled file and never changed. */
	InstrumentAction changedAction() {
		return changedAction;
	}

	Instant loadedAt() {
		return loadedAt;
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
