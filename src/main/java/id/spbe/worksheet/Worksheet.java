package id.spbe.worksheet;

import id.spbe.agency.UnitView;
import id.spbe.common.Decimals;
import id.spbe.common.NotFoundException;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.EvaluationView;
import id.spbe.externalindex.ExternalScoreView;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.Role;
import id.spbe.user.UserView;
import java.util.List;
import java.util.Map;

/**
 * An evaluation with its instrument and every indicator row, as one viewer may see it.
 *
 * @param external      indicator number -> its national index value, for the indicators fed by
 *                      one (Pemdi I5, I6, I7, I18)
 * @param staff         the agency's users and {@code units} its units (OPD), read once for the
 *                      assignee names and the overview's assignment form
 * @param reviewVisible whether this viewer may see the assessors' stages, notes and
 *                      recommendations ({@link EvaluationView#reviewVisibleTo}); pages, API and
 *                      results all ask this instead of deciding themselves
 */
public record Worksheet(EvaluationView evaluation, InstrumentDefinition instrument, List<IndicatorRow> rows,
		boolean reviewVisible, Map<Integer, ExternalScoreView> external, List<UserView> staff, List<UnitView> units) {

	/** The agency's operators, whom the coordinator may assign indicators to (read with the rows' assignees). */
	public List<UserView> operators() {
		return staff.stream().filter(u -> u.role() == Role.AGENCY_OPERATOR).toList();
	}

	/**
	 * The national index value of an indicator fed by one (its score, source and date, or
	 * "waiting"), or null for an indicator the agency and the assessors assess.
	 */
	public ExternalScoreView externalOf(int number) {
		return external.get(number);
	}

	/** True when the row's value comes from a national index: nobody assesses it on the pages. */
	public boolean isExternal(IndicatorRow row) {
		return external.containsKey(row.indicator().number());
	}

	/** The rows the agency and the assessors assess, in instrument order. */
	public List<IndicatorRow> assessedRows() {
		return rows.stream().filter(r -> !isExternal(r)).toList();
	}

	/** The values from national indices, in instrument order; empty for instruments without them. */
	public List<ExternalScoreView> externalValues() {
		return List.copyOf(external.values());
	}

	/** The row of one indicator. @throws NotFoundException for an unknown number */
	public IndicatorRow row(int number) {
		return rows.stream().filter(r -> r.indicator().number() == number).findFirst()
				.orElseThrow(() -> new NotFoundException("indicator " + number));
	}

	/** The rows of one aspect, in instrument order. */
	public List<IndicatorRow> rowsOf(InstrumentDefinition.Aspect aspect) {
		return aspect.indicators().stream().map(i -> row(i.number())).toList();
	}

	/** Number of rows that still block submission. */
	public long blocked() {
		return rows.stream().filter(r -> !r.blockers().isEmpty()).count();
	}

	/** True while the agency may still change the evaluation. */
	public boolean open() {
		return evaluation.state() == EvaluationState.SELF_ASSESSMENT;
	}

	/** True once the evaluation is finalised: read-only for everyone. */
	public boolean finalised() {
		return evaluation.state() == EvaluationState.FINALISED;
	}

	/**
	 * A level as the instrument writes it, in the current request's language: "3" for whole
	 * levels, "2,5" or "1,26" for Pemdi in Indonesian ("2.5" in English).
	 */
	public String level(java.math.BigDecimal value) {
		return Decimals.level(value);
	}

	/** {@link #level(java.math.BigDecimal)} in a document's language (PDF, Excel text). */
	public String level(java.math.BigDecimal value, java.util.Locale locale) {
		return Decimals.level(value, locale);
	}

	/** Counts for progress bars. */
	public long withLevel(List<IndicatorRow> of) {
		return of.stream().filter(IndicatorRow::hasLevel).count();
	}

	public long withJustification(List<IndicatorRow> of) {
		return of.stream().filter(IndicatorRow::hasJustification).count();
	}

	public long withEvidence(List<IndicatorRow> of) {
		return of.stream().filter(IndicatorRow::hasEvidence).count();
	}

	public long approved(List<IndicatorRow> of) {
		return of.stream().filter(r -> r.entry().approved()).count();
	}
}
