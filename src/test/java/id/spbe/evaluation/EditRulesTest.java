package id.spbe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may edit which self-assessment entry: plain rules, no Spring. */
class EditRulesTest {

	static final long ME = 10;
	static final long COLLEAGUE = 11;
	static final long MY_UNIT = 20;
	static final long OTHER_UNIT = 21;

	static CurrentUser user(Role role, long id, Long unitId) {
		CurrentUser user = mock(CurrentUser.class);
		when(user.getRole()).thenReturn(role);
		when(user.getId()).thenReturn(id);
		when(user.getUnitId()).thenReturn(unitId);
		return user;
	}

	/** Entry 7, assigned to a user, to a unit, or (both null) to nobody. */
	static AssessmentView entry(Long assigneeUserId, Long assigneeUnitId) {
		return new AssessmentView(1, 2, 7, null, null, assigneeUserId, assigneeUnitId, null, null, null, null, 0, Map.of(),
				null);
	}

	static final AssessmentView UNASSIGNED = entry(null, null);
	static final AssessmentView MINE = entry(ME, null);
	static final AssessmentView COLLEAGUES = entry(COLLEAGUE, null);
	static final AssessmentView MY_UNITS = entry(null, MY_UNIT);
	static final AssessmentView OTHER_UNITS = entry(null, OTHER_UNIT);
	/** Assigned to a colleague of my unit: the person wins over the unit. */
	static final AssessmentView COLLEAGUES_IN_MY_UNIT = entry(COLLEAGUE, MY_UNIT);

	@Test
	void theCoordinatorEditsEveryEntry() {
		CurrentUser coordinator = user(Role.AGENCY_COORDINATOR, ME, null);
		for (AssessmentView entry : new AssessmentView[] { UNASSIGNED, MINE, COLLEAGUES, MY_UNITS, OTHER_UNITS,
				COLLEAGUES_IN_MY_UNIT }) {
			assertThatCode(() -> EditRules.requireMayEdit(coordinator, entry)).as(entry.toString()).doesNotThrowAnyException();
		}
	}

	@Test
	void anOperatorEditsOnlyOwnUnitsAndUnassignedEntries() {
		CurrentUser operator = user(Role.AGENCY_OPERATOR, ME, MY_UNIT);
		for (AssessmentView allowed : new AssessmentView[] { UNASSIGNED, MINE, MY_UNITS }) {
			assertThatCode(() -> EditRules.requireMayEdit(operator, allowed)).as(allowed.toString()).doesNotThrowAnyException();
		}
		for (AssessmentView refused : new AssessmentView[] { COLLEAGUES, OTHER_UNITS, COLLEAGUES_IN_MY_UNIT }) {
			assertRefused(operator, refused);
		}
	}

	@Test
	void anOperatorWithoutAUnitEditsNoUnitsEntry() {
		CurrentUser operator = user(Role.AGENCY_OPERATOR, ME, null);
		assertThatCode(() -> EditRules.requireMayEdit(operator, UNASSIGNED)).doesNotThrowAnyException();
		assertThatCode(() -> EditRules.requireMayEdit(operator, MINE)).doesNotThrowAnyException();
		assertRefused(operator, MY_UNITS);
	}

	@Test
	void assessorsAndAdministratorsEditNoEntry() {
		for (Role role : new Role[] { Role.ASSESSOR, Role.ADMIN }) {
			CurrentUser user = user(role, ME, null);
			for (AssessmentView entry : new AssessmentView[] { UNASSIGNED, MINE, MY_UNITS }) {
				assertRefused(user, entry);
			}
		}
	}

	@Test
	void everyRoleIsCovered() {
		assertThat(Role.values()).containsExactlyInAnyOrder(Role.ADMIN, Role.ASSESSOR, Role.AGENCY_COORDINATOR,
				Role.AGENCY_OPERATOR);
	}

	private static void assertRefused(CurrentUser user, AssessmentView entry) {
		RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class,
				() -> EditRules.requireMayEdit(user, entry));
		assertThat(refusal).as(user.getRole() + " on " + entry).isNotNull();
		assertThat(refusal.getKind()).isEqualTo(RuleViolationException.Kind.FORBIDDEN);
		assertThat(refusal.getMessageKey()).isEqualTo("selfAssessment.error.notAssigned");
		assertThat(refusal.getArguments()).containsExactly(7);
	}
}
