package id.spbe.user;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user as Spring Security's principal, with what authorisation checks need.
 */
public class CurrentUser extends User {

	private final long id;
	private final String fullName;
	private final Role role;
	private final Long agencyId;
	private final Long unitId;
	private final boolean mustChangePassword;
	private final boolean noFailedSignIns;

	CurrentUser(UserAccount account, java.time.Instant now) {
		super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true,
				!account.isLocked(now),
				List.of(new SimpleGrantedAuthority(account.getRole().authority())));
		this.id = account.getId();
		this.fullName = account.getFullName();
		this.role = account.getRole();
		this.agencyId = account.getAgencyId();
		this.unitId = account.getUnitId();
		this.mustChangePassword = account.isMustChangePassword();
		this.noFailedSignIns = account.hasNoFailedSignIns();
	}

	/**
	 * True when, as read at sign-in, the account had no wrong password counted and no lock: a
	 * successful sign-in then has nothing to reset, which spares every API call a query.
	 */
	boolean hasNoFailedSignIns() {
		return noFailedSignIns;
	}

	/**
	 * True while the user signs in with a temporary password: every page but the password change
	 * and every API call but {@code PUT /api/me/password} is refused until it is replaced.
	 */
	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public long getId() {
		return id;
	}

	public String getFullName() {
		return fullName;
	}

	public Role getRole() {
		return role;
	}

	/** The user's agency, null for admins and assessors. */
	public Long getAgencyId() {
		return agencyId;
	}

	/** The user's unit (OPD), or null. */
	public Long getUnitId() {
		return unitId;
	}
}
