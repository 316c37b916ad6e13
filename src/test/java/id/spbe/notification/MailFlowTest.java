package id.spbe.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.Wib;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.Transitions;
import id.spbe.user.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without SMTP (the test configuration sets no host): who gets which message for each workflow
 * event, in which language, kept in the outbox; users without an address and users who turned
 * e-mail off are skipped with the reason; the actor is never mailed about their own action.
 */
@IntegrationTest
class MailFlowTest {

	@Autowired
	Fixtures fixtures;
	@Autowired
	Transitions transitions;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MailTransport transport;
	@Autowired
	MockMvc mvc;

	@AfterEach
	void noSmtp() {
		transport.configure("", 0, null, null, null, false);
	}

	@Test
	void eachWorkflowEventReachesItsPeopleInTheirLanguageAndIsKeptWithoutSmtp() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		Fixtures.TestAgency a = c.agency();
		CurrentUser coordinator = a.coordinator();
		CurrentUser operator = a.operator();
		CurrentUser lead = c.team().lead();
		CurrentUser member = c.team().member();
		// the START_DOCUMENT_REVIEW of the fixture was before anyone had an address: kept as skipped
		assertThat(rows(c.id(), "STAGE_CHANGED")).extracting(r -> r.get("user_id"))
				.containsExactlyInAnyOrder(coordinator.getId(), member.getId());
		assertThat(rows(c.id(), "STAGE_CHANGED")).allSatisfy(r -> {
			assertThat(r.get("status")).isEqualTo("SKIPPED");
			assertThat(r.get("last_error")).isEqualTo(Outbox.NO_ADDRESS);
		});

		settings(coordinator, "koordinator@uji.go.id", "en", false);
		settings(operator, "operator@uji.go.id", "id", false);
		settings(member, "anggota@kampus.ac.id", "id", false);
		jdbc.update("update indicator_assessment set assignee_user_id = ? where evaluation_id = ? and indicator_number = 3",
				operator.getId(), c.id());

		LocalDate deadline = LocalDate.now(Wib.ZONE).plusDays(5);
		transitions.requestClarification(member, c.id(),
				new Transitions.ClarificationRequest(List.of(3, 5), "Mohon unggah SK terbaru", deadline));
		List<Map<String, Object>> asked = rows(c.id(), "CLARIFICATION_REQUESTED");
		assertThat(asked).extracting(r -> r.get("user_id")).containsExactlyInAnyOrder(coordinator.getId(), operator.getId());
		Map<Long, Map<String, Object>> byUser = asked.stream().collect(Collectors.toMap(r -> (Long) r.get("user_id"), r -> r));
		Map<String, Object> toCoordinator = byUser.get(coordinator.getId());
		assertThat(toCoordinator.get("status")).isEqualTo("KEPT");
		assertThat(toCoordinator.get("language")).isEqualTo("en");
		assertThat(toCoordinator.get("recipient")).isEqualTo("koordinator@uji.go.id");
		assertThat((String) toCoordinator.get("subject")).startsWith("Clarification requested: Pemerintah Kota Uji");
		assertThat((String) toCoordinator.get("body")).contains("Dear " + coordinator.getFullName())
				.contains("indicators 3, 5").contains("Mohon unggah SK terbaru").contains("/evaluations/" + c.id());
		Map<String, Object> toOperator = byUser.get(operator.getId());
		assertThat(toOperator.get("language")).isEqualTo("id");
		assertThat((String) toOperator.get("subject")).startsWith("Klarifikasi diminta: Pemerintah Kota Uji");
		assertThat((String) toOperator.get("body")).contains("Yth. " + operator.getFullName()).contains("indikator 3, 5");

		transitions.move(coordinator, c.id(), EvaluationAction.HAND_BACK, "SK 2021 sudah diunggah");
		List<Map<String, Object>> answered = rows(c.id(), "CLARIFICATION_ANSWERED");
		assertThat(answered).extracting(r -> r.get("user_id")).containsExactlyInAnyOrder(lead.getId(), member.getId());
		for (Map<String, Object> r : answered) {
			if (r.get("user_id").equals(lead.getId())) {
				assertThat(r.get("status")).isEqualTo("SKIPPED");
				assertThat(r.get("last_error")).isEqualTo(Outbox.NO_ADDRESS);
			}
			else {
				assertThat(r.get("status")).isEqualTo("KEPT");
				assertThat((String) r.get("body")).contains("SK 2021 sudah diunggah");
			}
		}

		// the member turns other e-mail off; the stage change still reaches the coordinator
		settings(member, "anggota@kampus.ac.id", "id", true);
		int before = rows(c.id(), "STAGE_CHANGED").size();
		transitions.move(lead, c.id(), EvaluationAction.START_INTERVIEW, "Wawancara pekan depan");
		List<Map<String, Object>> moved = rows(c.id(), "STAGE_CHANGED").subList(before, before + 2);
		Map<Long, Map<String, Object>> movedBy = moved.stream().collect(Collectors.toMap(r -> (Long) r.get("user_id"), r -> r));
		assertThat(movedBy.keySet()).containsExactlyInAnyOrder(coordinator.getId(), member.getId());
		assertThat(movedBy.get(coordinator.getId()).get("status")).isEqualTo("KEPT");
		assertThat((String) movedBy.get(coordinator.getId()).get("body")).contains("\"Interview\"")
				.contains("Note: Wawancara pekan depan");
		assertThat(movedBy.get(member.getId()).get("status")).isEqualTo("SKIPPED");
		assertThat(movedBy.get(member.getId()).get("last_error")).isEqualTo(Outbox.TURNED_OFF);

		// administrators read the outbox through the API
		mvc.perform(get("/api/outbox").param("status", "KEPT").with(user(fixtures.login("admin"))))
				.andExpect(status().isOk()).andExpect(jsonPath("$.entries[0].status").value("KEPT"))
				.andExpect(jsonPath("$.pageSize").value(50));
		mvc.perform(get("/admin/outbox").with(user(fixtures.login("admin")))).andExpect(status().isOk());
		mvc.perform(get("/api/outbox").param("status", "LOST").with(user(fixtures.login("admin"))))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("Parameter \"status\" tidak sah."));
	}

	@Test
	void finalisationIsItsOwnMessageToCoordinatorAndTeam() {
		Fixtures.InReview c = fixtures.inDocumentReview();
		settings(c.agency().coordinator(), "k@uji.go.id", "id", false);
		for (EvaluationAction step : List.of(EvaluationAction.START_INTERVIEW, EvaluationAction.START_FINAL_REVIEW)) {
			transitions.move(c.team().lead(), c.id(), step, null);
		}
		jdbc.update("""
				insert into stage_score (assessment_id, stage, value, set_by, set_at)
				select id, 'FINAL', 3, ?, now() from indicator_assessment where evaluation_id = ?""", c.team().lead().getId(), c.id());
		assertThat(transitions.move(c.team().lead(), c.id(), EvaluationAction.FINALISE, null).state())
				.isEqualTo(EvaluationState.FINALISED);
		List<Map<String, Object>> finalised = rows(c.id(), "FINALISED");
		assertThat(finalised).extracting(r -> r.get("user_id"))
				.containsExactlyInAnyOrder(c.agency().coordinator().getId(), c.team().member().getId());
		assertThat(finalised).filteredOn(r -> r.get("status").equals("KEPT")).singleElement()
				.satisfies(r -> assertThat((String) r.get("subject")).startsWith("Evaluasi difinalisasi: "));
	}

	private void settings(CurrentUser who, String email, String language, boolean deadlinesOnly) {
		jdbc.update("update user_account set email = ?, preferred_language = ?, mail_deadlines_only = ? where id = ?", email,
				language, deadlinesOnly, who.getId());
	}

	private List<Map<String, Object>> rows(long evaluationId, String kind) {
		return jdbc.queryForList("select * from mail_outbox where evaluation_id = ? and kind = ? order by id", evaluationId, kind);
	}
}
