package id.spbe.results;

import id.spbe.evaluation.Stage;
import id.spbe.externalindex.ExternalScoreView;
import id.spbe.instrument.IndexResult;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.worksheet.IndicatorRow;
import id.spbe.worksheet.Worksheet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of one evaluation: an index per stage from the levels set at that stage (only a
 * complete stage has one), and every indicator's levels.
 *
 * @param stages   the stages the viewer may see, in order (agency users: SELF only until final)
 * @param indices  stage -> index result (complete or "scored of total")
 * @param baseline the stage the what-if starts from: FINAL when complete, else the latest
 *                 complete visible stage; empty when no stage is complete
 * @param rows     one per indicator, in instrument order
 */
public record Results(Worksheet ws, List<Stage> stages, Map<Stage, IndexResult> indices, Optional<Stage> baseline,
		List<Row> rows) {

	/**
	 * One indicator's result.
	 *
	 * @param levels the level set at each visible stage (absent when not set there)
	 * @param gap    final minus self level, when both are set; negative when the assessors found less
	 */
	public record Row(IndicatorRow row, Map<Stage, BigDecimal> levels, BigDecimal gap, String recommendation) {

		public InstrumentDefinition.Indicator indicator() {
			return row.indicator();
		}

		/** The level at a stage, or null. */
		public BigDecimal at(Stage stage) {
			return levels.get(stage);
		}
	}

	/** The rows of the indicators the agency and the assessors assess, in instrument order. */
	public List<Row> assessedRows() {
		return rows.stream().filter(r -> !ws.isExternal(r.row())).toList();
	}

	/** The indicators fed by national indices, shown apart: their value is the same at every stage. */
	public List<ExternalScoreView> externalValues() {
		return ws.externalValues();
	}

	public IndexResult index(Stage stage) {
		return indices.get(stage);
	}

	public InstrumentDefinition instrument() {
		return ws.instrument();
	}

	/** True when the instrument groups aspects in domains (SPBE); the chart then shows domains. */
	public boolean byDomain() {
		return !ws.instrument().domains().isEmpty();
	}

	/** The stage compared with the self-assessment in the chart: the baseline when it is not SELF. */
	public Optional<Stage> compared() {
		return baseline.filter(s -> s != Stage.SELF);
	}

	/**
	 * The next predikat band above the baseline's index, if any: what the agency aims for.
	 */
	public Optional<InstrumentDefinition.Band> nextBand() {
		return baseline.map(this::index).map(IndexResult::overall).flatMap(current -> ws.instrument().bands().stream()
				.filter(b -> b.min().compareTo(current) > 0).min(java.util.Comparator.comparing(InstrumentDefinition.Band::min)));
	}

	/** How far the baseline's index is below a band's lower bound. */
	public BigDecimal distanceTo(InstrumentDefinition.Band band) {
		return band.min().subtract(index(baseline.orElseThrow()).overall());
	}

	/** Codes of the chart's groups (domains for SPBE, aspects for Pemdi), in instrument order. */
	public List<String> groupCodes() {
		return byDomain() ? ws.instrument().domains().stream().map(InstrumentDefinition.Domain::code).toList()
				: ws.instrument().allAspects().stream().map(InstrumentDefinition.Aspect::code).toList();
	}

	/** The index of a domain or aspect at a stage, or null when the stage is incomplete. */
	public BigDecimal groupIndex(Stage stage, String code) {
		IndexResult r = indices.get(stage);
		if (r == null || !r.complete()) {
			return null;
		}
		return byDomain() ? r.domains().get(code) : r.aspects().get(code);
	}
}
