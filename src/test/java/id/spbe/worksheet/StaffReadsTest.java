package id.spbe.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.agency.Agencies;
import id.spbe.user.Role;
import id.spbe.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one-statement read of an agency's logins and units gives exactly what the user and agency
 * modules' own reads give: every field, inactive ones too, in the same order, and only that agency's.
 */
@IntegrationTest
class StaffReadsTest {

	@Autowired
	StaffReads reads;
	@Autowired
	UserAccounts users;
	@Autowired
	Agencies agencies;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void readsWhatTheModulesRead() {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		fixtures.newAgency("pemdi-2026");
		long unit = agencies.findOrCreateUnit(a.agencyId(), "Dinas Komunikasi dan Informatika").id();
		agencies.findOrCreateUnit(a.agencyId(), "Badan Perencanaan Pembangunan Daerah");
		String operator = "opunit" + a.agencyId();
		users.createIfAbsent(operator, "demo", "Ani Operator Dinas", Role.AGENCY_OPERATOR, a.agencyId(), unit);
		jdbc.update("update user_account set enabled = false, email = 'ani@example.go.id', preferred_language = 'en' "
				+ "where username = ?", operator);
		jdbc.update("update agency_unit set active = false where id = ?", unit);

		StaffReads.Staff staff = reads.of(a.agencyId());

		assertThat(staff.users()).hasSize(3).isEqualTo(users.ofAgency(a.agencyId()));
		assertThat(staff.users()).anySatisfy(u -> {
			assertThat(u.username()).isEqualTo(operator);
			assertThat(u.enabled()).isFalse();
			assertThat(u.unitId()).isEqualTo(unit);
			assertThat(u.email()).isEqualTo("ani@example.go.id");
			assertThat(u.language()).isEqualTo("en");
			assertThat(u.role()).isEqualTo(Role.AGENCY_OPERATOR);
		});
		assertThat(staff.units()).hasSize(2).isEqualTo(agencies.units(a.agencyId()));
		assertThat(staff.units().get(1).active()).isFalse();
	}

	@Test
	void anAgencyWithoutUnitsHasEmptyLists() {
		assertThat(reads.of(-1)).isEqualTo(new StaffReads.Staff(java.util.List.of(), java.util.List.of()));
	}
}
