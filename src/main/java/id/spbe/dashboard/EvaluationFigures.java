package id.spbe.dashboard;

import java.math.BigDecimal;

/**
 * What the dashboard computes from one evaluation's entries: the self-assessment progress (the
 * overview page's four counts) and the exact self and final-stage indices where complete.
 *
 * @param indicators indicator entries of the evaluation
 * @param levels     entries with a self level
 * @param justified  entries with a justification that is not blank
 * @param evidenced  entries with at least one visible evidence item
 * @param approved   entries approved by the coordinator
 * @param selfExact  exact index of the self levels, null unless every indicator has one
 * @param finalExact exact index of the final-stage levels, null unless every indicator has one
 */
record EvaluationFigures(int indicators, int levels, int justified, int evidenced, int approved,
		BigDecimal selfExact, BigDecimal finalExact) {
}
