package id.spbe.instrument;

import id.spbe.common.RuleViolationException;
import org.springframework.security.core.userdetails.UserDetails;

/** The one role check of instrument administration, for the version pages, the API and the files. */
final class InstrumentAdmin {

	private static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

	private InstrumentAdmin() {
	}

	/** The role is read from the principal's authorities, so that this module depends on no {@code user} type. */
	static void require(UserDetails user) {
		if (user == null || user.getAuthorities().stream().noneMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()))) {
			throw RuleViolationException.forbidden("instrument.error.adminOnly");
		}
	}
}
