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

/** One linear band converting another national index onto the instrument scale. */
@Entity
@Table(name = "index_conversion_band")
class ConversionBandRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;
	private int position;
	private BigDecimal sourceFrom;
	private BigDecimal sourceTo;
	private BigDecimal valueFrom;
	private BigDecimal valueTo;

	protected ConversionBandRow() {
	}

	ConversionBandRow(Indicator indicator, int position, InstrumentDefinition.ConversionBand band) {
		this.indicator = indicator;
		this.position = position;
		this.sourceFrom = band.from();
		this.sourceTo = band.to();
		this.valueFrom = band.valueFrom();
		this.valueTo = band.valueTo();
	}

	InstrumentDefinition.ConversionBand toDefinition() {
		return new InstrumentDefinition.ConversionBand(InstrumentMapper.plain(sourceFrom), InstrumentMapper.plain(sourceTo),
				InstrumentMapper.plain(valueFrom), InstrumentMapper.plain(valueTo));
	}
}
