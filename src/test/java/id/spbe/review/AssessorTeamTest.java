package id.spbe.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evaluation.AssessorTeams;
import id.spbe.evaluation.TeamMember;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.user.UserAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

/** Administrators assign assessor teams; an assessor sees exactly the evaluations of their teams, read-only. */
@IntegrationTest
class AssessorTeamTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	UserAccounts users;
	@Autowired
	AssessorTeams teams;

	private String newAssessor() {
		String name = "asesor" + UUID.randomUUID().toString().substring(0, 8);
		users.createIfAbsent(name, "demo", "Asesor " + name, Role.ASSESSOR, null);
		return name;
	}

	@Test
	void anAssignedAssessorSeesTheSubmittedEvaluationReadOnlyUntilRemoved() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		String name = newAssessor();
		CurrentUser assessor = fixtures.login(name);
		long id = a.evaluationId();
		mvc.perform(get("/evaluations/{id}", id).with(user(assessor))).andExpect(status().isNotFound());

		mvc.perform(post("/admin/evaluations/{id}/team", id).param("assessorId", "" + assessor.getId()).param("lead", "true")
				.with(user(fixtures.login("admin"))).with(csrf())).andExpect(flash().attributeExists("success"));

		mvc.perform(get("/admin/evaluations/{id}/team", id).with(user(fixtures.login("admin")))).andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("data-testid=\"team-member\"")));
		// the agency's drafts are not the assessors' to read: nothing before submission
		mvc.perform(get("/evaluations/{id}", id).with(user(assessor))).andExpect(status().isNotFound());
		fixtures.submit(a);
		mvc.perform(get("/evaluations/{id}", id).with(user(assessor))).andExpect(status().isOk());
		mvc.perform(get("/evaluations/{id}/indicators/1", id).with(user(assessor))).andExpect(status().isOk());
		mvc.perform(get("/api/evaluations").with(httpBasic(name, "demo")))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].id").value(id));
		mvc.perform(put("/api/evaluations/{id}/indicators/1", id).with(httpBasic(name, "demo")).contentType("application/json")
				.content("{\"level\": 3, \"justification\": \"asesor\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/").with(user(assessor)))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("data-testid=\"assigned-evaluation\"")));

		mvc.perform(post("/admin/evaluations/{id}/team/{a}/remove", id, assessor.getId()).with(user(fixtures.login("admin")))
				.with(csrf())).andExpect(flash().attributeExists("success"));
		mvc.perform(get("/evaluations/{id}", id).with(user(assessor))).andExpect(status().isNotFound());
	}

	@Test
	void aNewLeadReplacesTheOldOneAndOnlyAssessorsCanBeOnATeam() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		CurrentUser first = fixtures.login(newAssessor());
		CurrentUser second = fixtures.login(newAssessor());
		CurrentUser admin = fixtures.login("admin");
		teams.assign(admin, a.evaluationId(), first.getId(), true);
		teams.assign(admin, a.evaluationId(), second.getId(), true);

		assertThat(teams.team(a.evaluationId())).extracting(TeamMember::assessorId, TeamMember::lead)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(second.getId(), true),
						org.assertj.core.groups.Tuple.tuple(first.getId(), false));
		MvcResult refused = mvc.perform(post("/admin/evaluations/{id}/team", a.evaluationId())
				.param("assessorId", "" + a.operator().getId()).param("lead", "true").with(user(admin)).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn();
		BindingResult errors = (BindingResult) refused.getFlashMap()
				.get(BindingResult.MODEL_KEY_PREFIX + "teamForm");
		assertThat(errors.getGlobalErrors()).singleElement()
				.satisfies(e -> assertThat(e.getCode()).isEqualTo("team.error.notAnAssessor"));
		mvc.perform(get("/admin/evaluations/{id}/team", a.evaluationId()).flashAttrs(refused.getFlashMap()).with(user(admin)))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("Pilih pengguna dengan peran asesor eksternal.")));
		// a hand-made request without an assessor, or with no number, is refused on the field
		for (String bad : new String[] { "", "abc" }) {
			MvcResult malformed = mvc.perform(post("/admin/evaluations/{id}/team",
					a.evaluationId()).param("assessorId", bad).with(user(admin)).with(csrf())).andReturn();
			assertThat(((BindingResult) malformed.getFlashMap()
					.get(BindingResult.MODEL_KEY_PREFIX + "teamForm")).getFieldError("assessorId"))
					.as(bad).isNotNull();
		}
		assertThat(teams.team(a.evaluationId())).extracting(TeamMember::assessorId, TeamMember::lead)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(second.getId(), true),
						org.assertj.core.groups.Tuple.tuple(first.getId(), false));
	}

	@Test
	void onlyAdministratorsManageTeams() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		for (String who : new String[] { a.coordinatorName(), "asesor" }) {
			mvc.perform(get("/admin/evaluations/{id}/team", a.evaluationId()).with(user(fixtures.login(who))))
					.andExpect(status().isForbidden());
			mvc.perform(post("/admin/evaluations/{id}/team", a.evaluationId()).param("assessorId", "1")
					.with(user(fixtures.login(who))).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(teams.team(a.evaluationId())).isEmpty();
	}
}
