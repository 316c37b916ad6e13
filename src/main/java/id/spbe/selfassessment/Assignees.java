package id.spbe.selfassessment;

import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyUnit;
import id.spbe.user.Role;
import id.spbe.user.UserAccount;
import id.spbe.user.UserAccounts;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whom the coordinator may assign indicators to: the agency's operators and units (OPD). */
@Component
class Assignees {

	private final UserAccounts users;
	private final Agencies agencies;

	Assignees(UserAccounts users, Agencies agencies) {
		this.users = users;
		this.agencies = agencies;
	}

	@Transactional(readOnly = true)
	List<UserAccount> operators(long agencyId) {
		return users.ofAgency(agencyId).stream().filter(u -> u.getRole() == Role.AGENCY_OPERATOR).toList();
	}

	@Transactional(readOnly = true)
	List<AgencyUnit> units(long agencyId) {
		return agencies.units(agencyId);
	}
}
