package id.spbe.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.Refusals;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.AssessorTeams;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.TeamChangeView;
import id.spbe.evaluation.TeamChangeView.Kind;
import id.spbe.evaluation.TeamMember;
import id.spbe.evaluation.Transitions;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.user.UserAccounts;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/**
 * Team changes: refused on a finalised evaluation (reopen first), like every other write there,
 * and otherwise each recorded with who, when and what, and shown.
 */
@IntegrationTest
class TeamChangeTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	UserAccounts users;
	@Autowired
	AssessorTeams teams;
	@Autowired
	Transitions transitions;
	@Autowired
	ReviewService review;
	@Autowired
	MessageSource messages;

	private CurrentUser newAssessor() {
		String name = "asesor" + UUID.randomUUID().toString().substring(0, 8);
		users.createIfAbsent(name, "demo", "Asesor " + name, Role.ASSESSOR, null);
		return fixtures.login(name);
	}

	@Test
	void aFinalisedEvaluationsTeamCannotChangeUntilItIsReopened() throws Exception {
		Fixtures.InReview c = finalised();
		long id = c.id();
		CurrentUser admin = fixtures.login("admin");
		CurrentUser outsider = newAssessor();
		long lead = c.team().lead().getId();
		long member = c.team().member().getId();
		List<TeamMember> team = teams.team(id);
		List<TeamChangeView> history = teams.changes(id);

		// adding, making lead, demoting the lead and removing: every change is refused in the service
		List<Runnable> changes = List.of(() -> teams.assign(admin, id, outsider.getId(), false),
				() -> teams.assign(admin, id, outsider.getId(), true), () -> teams.assign(admin, id, member, true),
				() -> teams.assign(admin, id, lead, false), () -> teams.remove(admin, id, member),
				() -> teams.remove(admin, id, lead));
		for (Runnable change : changes) {
			assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolationException.class, e -> {
				assertThat(e.getKind()).isEqualTo(RuleViolationException.Kind.CONFLICT);
				assertThat(e.getMessageKey()).isEqualTo("team.error.finalised");
			});
		}
		// and on the page, with the reason beside a page that no longer offers the change
		MvcResult added = mvc.perform(post("/admin/evaluations/{id}/team", id).param("assessorId", "" + outsider.getId())
				.param("lead", "true").with(user(admin)).with(csrf())).andReturn();
		MvcResult removed = mvc.perform(post("/admin/evaluations/{id}/team/{a}/remove", id, member).with(user(admin))
				.with(csrf())).andReturn();
		for (MvcResult refused : List.of(added, removed)) {
			assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/admin/evaluations/" + id + "/team");
			assertThat(refused.getFlashMap().get("success")).isNull();
			assertThat(Refusals.messages(messages, refused, "teamForm")).containsExactly(
					"Evaluasi sudah final; tim asesornya tidak dapat diubah. Buka kembali evaluasi terlebih dahulu.");
			String page = HtmlUtils.htmlUnescape(Refusals.followed(mvc, refused, user(admin)));
			assertThat(page).contains("Buka kembali evaluasi terlebih dahulu.").contains("data-testid=\"team-locked\"")
					.doesNotContain("data-testid=\"team-form\"").doesNotContain("/remove");
		}
		String english = mvc.perform(get("/admin/evaluations/{id}/team", id).param("lang", "en")
				.flashAttrs(added.getFlashMap()).with(user(admin))).andReturn().getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(english))
				.contains("The evaluation is finalised; its assessor team cannot change. Reopen the evaluation first.");
		assertThat(teams.team(id)).isEqualTo(team);
		assertThat(teams.changes(id)).isEqualTo(history);

		transitions.move(admin, id, EvaluationAction.REOPEN, "Tim ditambah atas permintaan kementerian");
		teams.assign(admin, id, outsider.getId(), false);
		assertThat(teams.changes(id)).last().extracting(TeamChangeView::assessorId, TeamChangeView::kind)
				.containsExactly(outsider.getId(), Kind.ADDED_MEMBER);
	}

	@Test
	void everyTeamChangeIsRecordedWithWhoWhenAndWhatAndShown() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		long id = a.evaluationId();
		CurrentUser admin = fixtures.login("admin");
		CurrentUser first = newAssessor();
		CurrentUser second = newAssessor();
		Instant before = Instant.now();

		assign(admin, id, first, false);
		assign(admin, id, second, true);
		assign(admin, id, first, true);
		assign(admin, id, first, true); // changes nothing, records nothing
		mvc.perform(post("/admin/evaluations/{id}/team/{a}/remove", id, second.getId()).with(user(admin)).with(csrf()));

		List<TeamChangeView> changes = teams.changes(id);
		assertThat(changes).extracting(TeamChangeView::assessorId, TeamChangeView::kind).containsExactly(
				tuple(first.getId(), Kind.ADDED_MEMBER), tuple(second.getId(), Kind.ADDED_LEAD),
				tuple(second.getId(), Kind.MADE_MEMBER), tuple(first.getId(), Kind.MADE_LEAD),
				tuple(second.getId(), Kind.REMOVED));
		assertThat(changes).allSatisfy(c -> {
			assertThat(c.actorId()).isEqualTo(admin.getId());
			assertThat(c.at()).isBetween(before.minusSeconds(1), Instant.now());
		});
		assertThat(teams.team(id)).extracting(TeamMember::assessorId, TeamMember::lead)
				.containsExactly(tuple(first.getId(), true));

		String page = HtmlUtils.htmlUnescape(mvc.perform(get("/admin/evaluations/{id}/team", id).with(user(admin)))
				.andReturn().getResponse().getContentAsString());
		assertThat(page).contains(first.getFullName() + " ditambahkan sebagai anggota oleh " + admin.getFullName())
				.contains(second.getFullName() + " tidak lagi ketua, kini anggota oleh " + admin.getFullName())
				.contains(second.getFullName() + " dikeluarkan dari tim oleh " + admin.getFullName());

		// the review page shows the team's history to the team, beside the workflow events
		fixtures.submit(a);
		String reviewPage = HtmlUtils.htmlUnescape(mvc.perform(get("/evaluations/{id}/review", id).with(user(first)))
				.andReturn().getResponse().getContentAsString());
		assertThat(reviewPage).contains("data-testid=\"team-changes\"")
				.contains(first.getFullName() + " dijadikan ketua oleh " + admin.getFullName());
	}

	private void assign(CurrentUser admin, long id, CurrentUser assessor, boolean lead) throws Exception {
		mvc.perform(post("/admin/evaluations/{id}/team", id).param("assessorId", "" + assessor.getId())
				.param("lead", "" + lead).with(user(admin)).with(csrf()));
	}

	/** A new agency's evaluation taken through every stage by its team's lead, and finalised. */
	private Fixtures.InReview finalised() {
		Fixtures.InReview c = fixtures.submittedWithTeam("spbe-2020");
		CurrentUser lead = c.team().lead();
		for (EvaluationAction move : List.of(EvaluationAction.START_DOCUMENT_REVIEW, EvaluationAction.START_INTERVIEW,
				EvaluationAction.START_FINAL_REVIEW)) {
			transitions.move(lead, c.id(), move, null);
			review.carryOver(lead, c.id());
		}
		transitions.move(lead, c.id(), EvaluationAction.FINALISE, null);
		return c;
	}
}
