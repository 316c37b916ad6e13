package id.spbe.common;

import java.math.BigDecimal;

/** The one way a level or value is written for people: as the instrument writes it. */
public final class Decimals {

	private Decimals() {
	}

	/** "3" for a whole level, "2.5" or "1.26" for a fraction; "" for none. */
	public static String plain(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal p = value.stripTrailingZeros();
		return (p.scale() < 0 ? p.setScale(0) : p).toPlainString();
	}
}
