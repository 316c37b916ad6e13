package id.spbe.instrument;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A domain of an instrument (SPBE 2020 has four; Pemdi none). Weight in percent of the index. */
@Entity
@Table(name = "instrument_domain")
class InstrumentDomain {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "instrument_id")
	private Instrument instrument;
	private int position;
	private String code;
	private String nameId;
	private String nameEn;
	private BigDecimal weight;

	protected InstrumentDomain() {
	}

	InstrumentDomain(Instrument instrument, int position, InstrumentDefinition.Domain domain) {
		this.instrument = instrument;
		this.position = position;
		this.code = domain.code();
		this.nameId = domain.name().id();
		this.nameEn = domain.name().en();
		this.weight = domain.weight();
	}

	Long id() {
		return id;
	}

	String code() {
		return code;
	}

	Text name() {
		return new Text(nameId, nameEn);
	}

	BigDecimal weight() {
		return weight;
	}
}
