package id.spbe.selfassessment;

import id.spbe.agency.Agencies;
import id.spbe.agency.UnitView;
import id.spbe.user.Role;
import id.spbe.user.UserView;
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
	List<UserView> operators(long agencyId) {
		return users.ofAgency(agencyId).stream().filter(u -> u.role() == Role.AGENCY_OPERATOR).toList();
	}

	@Transactional(readOnly = true)
	List<UnitView> units(long agencyId) {
		return agencies.units(agencyId);
	}
}
