package id.spbe.results;

import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Stage;
import id.spbe.instrument.IndexCalculator;
import id.spbe.instrument.IndexResult;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.worksheet.IndicatorRow;
import id.spbe.worksheet.Levels;
import id.spbe.worksheet.Worksheet;
import id.spbe.worksheet.Worksheets;
import id.spbe.user.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results of an evaluation (docs/domain.md section 4): the index per stage with the instrument's
 * calculator, the what-if ranking and the target simulator. Visible to whoever may see the
 * evaluation; agency users see the assessors' stages once the evaluation is final.
 */
@Service
public class ResultsService {

	private final Worksheets worksheets;

	ResultsService(Worksheets worksheets) {
		this.worksheets = worksheets;
	}

	/**
	 * The results of an evaluation the user may see.
	 *
	 * @throws NotFoundException when the user may not see it
	 */
	@Transactional(readOnly = true)
	public Results results(CurrentUser user, long evaluationId) {
		Worksheet ws = worksheets.worksheet(user, evaluationId);
		List<Stage> stages = ws.reviewVisible() ? List.of(Stage.values())
				: List.of(Stage.SELF);
		Map<Stage, IndexResult> indices = new EnumMap<>(Stage.class);
		for (Stage stage : stages) {
			indices.put(stage, IndexCalculator.compute(ws.instrument(), levels(ws, stage)));
		}
		Optional<Stage> baseline = Optional.empty();
		for (Stage stage : stages) {
			// the latest complete stage wins; FINAL is last
			if (indices.get(stage).complete()) {
				baseline = Optional.of(stage);
			}
		}
		List<Results.Row> rows = new ArrayList<>();
		for (IndicatorRow row : ws.rows()) {
			AssessmentView entry = row.entry();
			Map<Stage, BigDecimal> levels = new EnumMap<>(Stage.class);
			stages.forEach(s -> {
				BigDecimal v = s == Stage.SELF ? entry.selfLevel() : entry.levelAt(s);
				if (v != null) {
					levels.put(s, v);
				}
			});
			BigDecimal self = levels.get(Stage.SELF);
			BigDecimal fin = levels.get(Stage.FINAL);
			rows.add(new Results.Row(row, levels, self != null && fin != null ? fin.subtract(self) : null,
					stages.contains(Stage.FINAL) ? entry.recommendation() : null));
		}
		return new Results(ws, stages, indices, baseline, rows);
	}

	/**
	 * Every indicator below the top of the scale raised by one level from the baseline, one at a
	 * time, ranked by the index gain (largest first; ties by indicator number). Empty without a
	 * complete stage.
	 */
	public List<Gain> gains(Results results) {
		if (results.baseline().isEmpty()) {
			return List.of();
		}
		InstrumentDefinition instrument = results.instrument();
		Map<Integer, BigDecimal> base = levels(results.ws(), results.baseline().get());
		BigDecimal baseIndex = IndexCalculator.compute(instrument, base).overallExact();
		Map<Integer, BigDecimal> raised = new LinkedHashMap<>();
		for (InstrumentDefinition.Indicator indicator : instrument.allIndicators()) {
			BigDecimal from = base.get(indicator.number());
			// a value from a national index is not the agency's work to raise
			if (!indicator.isExternal() && from.compareTo(instrument.scaleMax()) < 0) {
				raised.put(indicator.number(), from.add(BigDecimal.ONE).min(instrument.scaleMax()));
			}
		}
		List<Gain> gains = new ArrayList<>();
		IndexCalculator.overallExactEach(instrument, base, raised).orElseThrow().forEach((number, exact) -> {
			BigDecimal overall = IndexCalculator.display(exact);
			gains.add(new Gain(instrument.indicator(number).orElseThrow(), base.get(number), raised.get(number), overall,
					exact.subtract(baseIndex), IndexCalculator.predikat(instrument, overall)));
		});
		gains.sort(Comparator.comparing(Gain::gain).reversed().thenComparing(g -> g.indicator().number()));
		return gains;
	}

	/**
	 * The index from the baseline with the given target levels.
	 *
	 * @param targets indicator number -> target level; indicators not named keep the baseline
	 * @throws RuleViolationException BAD_INPUT without a complete stage, for an unknown indicator,
	 *                                a level off the scale, or a fraction on a whole-level instrument
	 */
	public Simulation simulate(Results results, Map<Integer, BigDecimal> targets) {
		if (results.baseline().isEmpty()) {
			throw RuleViolationException.badInput("results.error.noCompleteStage");
		}
		if (targets.isEmpty()) {
			throw RuleViolationException.badInput("results.error.noTarget");
		}
		InstrumentDefinition instrument = results.instrument();
		Map<Integer, BigDecimal> values = levels(results.ws(), results.baseline().get());
		for (Map.Entry<Integer, BigDecimal> t : targets.entrySet()) {
			if (instrument.indicator(t.getKey()).isEmpty()) {
				throw RuleViolationException.badInput("results.error.unknownIndicator", t.getKey());
			}
			Levels.check(instrument, t.getKey(), t.getValue());
			if (t.getValue() == null) {
				throw RuleViolationException.badInput("results.error.noTarget");
			}
			values.put(t.getKey(), t.getValue());
		}
		BigDecimal base = IndexCalculator.compute(instrument, levels(results.ws(), results.baseline().get())).overallExact();
		IndexResult r = IndexCalculator.compute(instrument, values);
		return new Simulation(targets, r, r.overallExact().subtract(base).setScale(3, RoundingMode.HALF_UP));
	}

	/** The levels set at a stage, by indicator number (SELF: the agency's). */
	static Map<Integer, BigDecimal> levels(Worksheet ws, Stage stage) {
		Map<Integer, BigDecimal> values = new LinkedHashMap<>();
		for (IndicatorRow row : ws.rows()) {
			BigDecimal v = stage == Stage.SELF ? row.entry().selfLevel() : row.entry().levelAt(stage);
			if (v != null) {
				values.put(row.indicator().number(), v);
			}
		}
		return values;
	}
}
