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

/** An aspect, under a domain or directly under the instrument. Weight in percent of the index. */
@Entity
@Table(name = "instrument_aspect")
class InstrumentAspect {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "instrument_id")
	private Instrument instrument;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "domain_id")
	private InstrumentDomain domain;
	private int position;
	private String code;
	private String nameId;
	private String nameEn;
	private BigDecimal weight;

	protected InstrumentAspect() {
	}

	InstrumentAspect(Instrument instrument, InstrumentDomain domain, int position, InstrumentDefinition.Aspect aspect) {
		this.instrument = instrument;
		this.domain = domain;
		this.position = position;
		this.code = aspect.code();
		this.nameId = aspect.name().id();
		this.nameEn = aspect.name().en();
		this.weight = aspect.weight();
	}

	Long id() {
		return id;
	}

	InstrumentDomain domain() {
		return domain;
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
