package id.spbe.selfassessment;

import id.spbe.evidence.EvidenceView;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.review.ItemBoard;
import id.spbe.worksheet.IndicatorRow;
import id.spbe.worksheet.Worksheet;
import java.util.List;
import java.util.Locale;

/**
 * What the repeated parts of the agency's indicator page need, rendered by
 * {@code selfassessment/criteria.jte} (each level's criterion with its evidence items and what
 * answers them) and {@code reuseOptions.jte} (the evaluation's other evidence, up to every item of
 * the evaluation) through {@link id.spbe.common.PageParts}.
 *
 * @param items           the indicator's evidence items (Pemdi) by level
 * @param judgementsShown whether the agency sees the assessors' item judgements now
 * @param reusable        the evaluation's evidence not yet used for this indicator
 * @param reuseForm       the reuse form as typed, whose choice stays chosen after a refusal
 */
record IndicatorParts(Worksheet ws, IndicatorRow row, ItemBoard items, boolean judgementsShown,
		List<EvidenceView> reusable, ReuseForm reuseForm, Locale locale, String contextPath) {

	InstrumentDefinition.Scale scale() {
		return ws.instrument().scales().get(row.indicator().scale());
	}

	/** True for the whole level the agency chose (its criterion is highlighted). */
	boolean selfLevelIs(int level) {
		return row.entry().selfLevel() != null && row.entry().selfLevel().intValue() == level;
	}

	boolean reuseChosen(long evidenceId) {
		return reuseForm != null && String.valueOf(evidenceId).equals(reuseForm.getEvidenceId());
	}
}
