package id.spbe.user;

/** Roles of docs/domain.md section 5. Agency roles belong to exactly one agency. */
public enum Role {
	ADMIN, ASSESSOR, AGENCY_COORDINATOR, AGENCY_OPERATOR;

	/** True for the agency's own staff (coordinator and operator). */
	public boolean isAgencyRole() {
		return this == AGENCY_COORDINATOR || this == AGENCY_OPERATOR;
	}

	/** Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
