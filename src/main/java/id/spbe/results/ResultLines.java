package id.spbe.results;

import id.spbe.common.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of the results page's two indicator tables, written out here in the page's language
 * so that the template reads one plain value per cell. Profiling the page showed most of its
 * time in the template's per-cell work: converting each value through the conversion service
 * ({@code ${{...}}}), method calls with arguments ({@code ws.level(row.at(s))}), and a message
 * formatted per input's label.
 */
final class ResultLines {

	private ResultLines() {
	}

	/**
	 * One row of the what-if table.
	 *
	 * @param label   "12. Name"
	 * @param from    the baseline level; {@code to} the level one higher
	 * @param gain    "+0,012": the exact gain, three decimals
	 * @param reaches the index with this one change and its band, "2,61 · Baik"
	 * @param typed   the target the user typed for it, or null
	 * @param target  the target input's accessible label ("Level target indikator 12")
	 */
	record GainLine(int number, String label, String from, String to, String gain, String reaches, String typed,
			String target) {
	}

	/**
	 * One row of the indicator results table.
	 *
	 * @param levels   the level shown at each of the page's stages ("" when not set)
	 * @param gap      "+1", "-0,5" or "" (final minus self), and {@code gapClass} its colour
	 */
	record IndicatorLine(int number, String name, List<String> levels, String gap, String gapClass,
			String recommendation) {
	}

	/**
	 * @param targetPattern the input label with "{0}" where the number goes, formatted once for the
	 *                      page instead of once per row
	 */
	static List<GainLine> gains(List<Gain> gains, Map<Integer, String> typed, String targetPattern, Locale locale) {
		return gains.stream().map(g -> {
			int number = g.indicator().number();
			return new GainLine(number, number + ". " + g.indicator().name().in(locale),
					Decimals.level(g.from(), locale), Decimals.level(g.to(), locale),
					"+" + Decimals.show(g.shownGain(), locale),
					Decimals.show(g.overall(), locale) + " · " + g.predikat().in(locale),
					typed.get(number), targetPattern.replace("{0}", String.valueOf(number)));
		}).toList();
	}

	static List<IndicatorLine> indicators(Results r, Locale locale) {
		return r.assessedRows().stream().map(row -> {
			List<String> levels = r.stages().stream().map(s -> Decimals.level(row.at(s), locale)).toList();
			BigDecimal gap = row.gap();
			String gapText = gap == null ? "" : (gap.signum() > 0 ? "+" : "") + Decimals.level(gap, locale);
			String gapClass = gap == null || gap.signum() == 0 ? "" : gap.signum() < 0 ? "text-danger" : "text-success";
			return new IndicatorLine(row.indicator().number(), row.indicator().name().in(locale), levels, gapText,
					gapClass, row.recommendation());
		}).toList();
	}
}
