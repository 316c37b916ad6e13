package id.spbe.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one stage says about one indicator, as set (not inherited).
 *
 * @param level on the instrument scale (1-5; two decimals at most), null when only a note was set
 * @param setBy user who last changed the level or note; setAt when (UTC)
 */
public record StageValue(Stage stage, BigDecimal level, String note, Long setBy, Instant setAt) {
}
