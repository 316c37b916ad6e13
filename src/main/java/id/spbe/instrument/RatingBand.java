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

/** A predikat band: min inclusive, max exclusive (the top band includes the scale maximum). */
@Entity
@Table(name = "rating_band")
class RatingBand {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "instrument_id")
	private Instrument instrument;
	private int position;
	private String predikat;
	private String nameEn;
	private BigDecimal minValue;
	private BigDecimal maxValue;

	protected RatingBand() {
	}

	RatingBand(Instrument instrument, int position, InstrumentDefinition.Band band) {
		this.instrument = instrument;
		this.position = position;
		this.predikat = band.predikat();
		this.nameEn = band.nameEn() == null ? band.predikat() : band.nameEn();
		this.minValue = band.min();
		this.maxValue = band.max();
	}

	InstrumentDefinition.Band toDefinition() {
		return new InstrumentDefinition.Band(predikat, nameEn, minValue, maxValue);
	}
}
