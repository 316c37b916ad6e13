package id.spbe.dashboard;

import id.spbe.agency.AgencyType;
import id.spbe.evaluation.EvaluationState;

/**
 * One evaluation of a period as the dashboard reads it: the agency and state (read fresh on every
 * request) with the figures computed from its entries (cached while its change number stands).
 */
record AgencyFigures(long evaluationId, long agencyId, String name, AgencyType type, String province,
		EvaluationState state, EvaluationFigures figures) {
}
