package id.spbe.evaluation;

import id.spbe.user.CurrentUser;

/**
 * The part a user plays in one evaluation, the role column of {@link Workflow}: the role, with
 * assessors split into the team's lead and its members (docs/domain.md section 5).
 */
public enum Actor {
	ADMIN, LEAD_ASSESSOR, ASSESSOR, AGENCY_COORDINATOR, AGENCY_OPERATOR;

	/** The actor for a user's role; {@code lead} tells whether an assessor leads the evaluation's team. */
	public static Actor of(CurrentUser user, boolean lead) {
		return switch (user.getRole()) {
			case ADMIN -> ADMIN;
			case ASSESSOR -> lead ? LEAD_ASSESSOR : ASSESSOR;
			case AGENCY_COORDINATOR -> AGENCY_COORDINATOR;
			case AGENCY_OPERATOR -> AGENCY_OPERATOR;
		};
	}

	/** True for the assessor team (lead or member). */
	public boolean isAssessor() {
		return this == LEAD_ASSESSOR || this == ASSESSOR;
	}
}
