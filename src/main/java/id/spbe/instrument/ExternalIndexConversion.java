package id.spbe.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns a score of another national index into an indicator value using the conversion bands
 * stored on the indicator (data, not code). Example, Pemdi I5 from SDI 0-100: SDI 25 gives 2.00,
 * SDI 68.75 gives 3.75. Source: PermenPANRB 8/2026 per published secondary sources.
 */
public final class ExternalIndexConversion {

	private ExternalIndexConversion() {
	}

	/**
	 * The indicator value for a score of the other index.
	 *
	 * @param index the indicator's external index definition
	 * @param score the other index's score, or null when that index is missing
	 * @return value on the instrument scale, two decimals half-up; the default (1.00 for Pemdi)
	 *         when the score is missing
	 * @throws IllegalArgumentException when the score is outside the other index's range
	 */
	public static BigDecimal toValue(InstrumentDefinition.ExternalIndex index, BigDecimal score) {
		if (score == null) {
			return index.defaultValue().setScale(2, RoundingMode.HALF_UP);
		}
		if (score.compareTo(index.min()) < 0 || score.compareTo(index.max()) > 0) {
			throw new IllegalArgumentException(index.code() + " score " + score.toPlainString() + " is outside "
					+ index.min().toPlainString() + "-" + index.max().toPlainString());
		}
		if (index.conversion().isEmpty()) {
			return score.setScale(2, RoundingMode.HALF_UP);
		}
		for (InstrumentDefinition.ConversionBand band : index.conversion()) {
			if (score.compareTo(band.from()) >= 0 && score.compareTo(band.to()) <= 0) {
				BigDecimal fraction = score.subtract(band.from()).divide(band.to().subtract(band.from()), 20,
						RoundingMode.DOWN);
				BigDecimal value = band.valueFrom().add(fraction.multiply(band.valueTo().subtract(band.valueFrom())));
				return value.setScale(2, RoundingMode.HALF_UP);
			}
		}
		throw new IllegalArgumentException("No conversion band of " + index.code() + " holds " + score.toPlainString());
	}
}
