package id.spbe.results;

import id.spbe.evaluation.Stage;
import java.util.List;
import java.util.Locale;

/**
 * What the results page's three long tables need (groups, what-if gains, indicators), rendered by
 * {@code results/groupRows.jte}, {@code gainRows.jte} and {@code indicatorRows.jte} through
 * {@link id.spbe.common.PageParts}.
 */
record ResultTables(Results r, Locale locale, List<ResultLines.IndicatorLine> indicatorLines,
		List<ResultLines.GainLine> gains) {

	/** The stages whose index is complete: the groups table has a column for each. */
	List<Stage> completeStages() {
		return r.stages().stream().filter(s -> r.index(s).complete()).toList();
	}
}
