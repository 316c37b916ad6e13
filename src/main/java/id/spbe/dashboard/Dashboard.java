package id.spbe.dashboard;

import id.spbe.evaluation.EvaluationState;
import id.spbe.instrument.InstrumentDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The national dashboard of one period: counts per state, the distribution of the self and final
 * index and predikat, the average per province, and one page of the (filtered, sorted) table.
 * The summary covers the whole period; the filters apply to the table and its exports.
 *
 * @param states    evaluations per workflow state, every state present
 * @param index     distribution of the index in bins of half a level
 * @param predikat  distribution of the predikat, bands from lowest to highest
 * @param provinces per province, the province government with its kabupaten and kota
 * @param rows      the page of the table
 * @param matching  rows matching the filters, over all pages
 */
record Dashboard(PeriodFigures.Period period, InstrumentDefinition instrument, int agencies,
		Map<EvaluationState, Long> states, Histogram index, Histogram predikat, List<ProvinceAverage> provinces,
		DashboardQuery query, List<TableRow> rows, int matching) {

	/** Number of pages of the filtered table (at least 1). */
	public int pages() {
		return Math.max(1, (matching + DashboardQuery.PAGE_SIZE - 1) / DashboardQuery.PAGE_SIZE);
	}

	/** Counts per bin for the self-assessment and the final index (finalised evaluations). */
	record Histogram(List<String> labels, List<Long> self, List<Long> fin) {
	}

	/**
	 * A province's regional governments (the province and its kabupaten and kota): how many, and
	 * the average of their shown indices where there is one (two decimals, half-up).
	 */
	record ProvinceAverage(String province, int governments, int selfCount, BigDecimal selfAverage, int finalCount,
			BigDecimal finalAverage) {
	}

	/**
	 * One agency's row: figures, the shown self index and predikat where the self-assessment is
	 * complete, the final ones once the evaluation is finalised.
	 */
	record TableRow(AgencyFigures agency, BigDecimal selfIndex, String selfPredikat, BigDecimal finalIndex,
			String finalPredikat) {

		/** Share of the four progress counts done, whole percent rounded down. */
		public int progressPercent() {
			EvaluationFigures f = agency.figures();
			return f.indicators() == 0 ? 0
					: (f.levels() + f.justified() + f.evidenced() + f.approved()) * 100 / (4 * f.indicators());
		}
	}
}
