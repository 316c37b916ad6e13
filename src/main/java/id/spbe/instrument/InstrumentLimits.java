package id.spbe.instrument;

import java.math.BigDecimal;

/**
 * Sizes of the instrument columns (V1), checked as rules so that a draft that breaks one is
 * refused at publishing with a message, never by the database.
 */
final class InstrumentLimits {

	static final int CODE = 50;
	static final int SCALE_CODE = 50;
	static final int PART_CODE = 20;
	static final int ITEM_CODE = 30;
	static final int PREDIKAT = 50;
	static final int NAME = 300;
	static final int INDICATOR_NAME = 500;
	static final int REGULATION = 200;
	/** Scale bounds are numeric(3,2). */
	static final BigDecimal SCALE_MAX = new BigDecimal("9");
	/** Weights are numeric(7,3) and a percentage. */
	static final BigDecimal WEIGHT_MAX = new BigDecimal("100");
	static final int WEIGHT_DECIMALS = 3;
	/** External index bounds are numeric(7,2). */
	static final BigDecimal EXTERNAL_MAX = new BigDecimal("99999.99");

	private InstrumentLimits() {
	}

	static boolean tooLong(String text, int max) {
		return text != null && text.length() > max;
	}

	static boolean tooLong(Text text, int max) {
		return text != null && (tooLong(text.id(), max) || tooLong(text.en(), max));
	}
}
