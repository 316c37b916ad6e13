package id.spbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Stage;
import id.spbe.evaluation.Transitions;
import id.spbe.review.Interviews;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * No request holds an evaluation for long: every connection has a statement and a lock timeout,
 * input is checked before the row lock is taken (so bad input is refused even while another
 * request holds the row), and a write that waits out the lock timeout is told "busy, try again".
 */
@IntegrationTest
class DatabaseTimeoutsTest {

	private static final String BUSY = "Data ini sedang diubah oleh permintaan lain atau server sedang sibuk.";

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	DataSource dataSource;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MessageSource messages;
	@Autowired
	Assessments assessments;
	@Autowired
	Transitions transitions;
	@Autowired
	Interviews interviews;

	@Test
	void everyConnectionHasTheStatementLockAndIdleTimeouts() {
		// more than one connection: the settings belong to each new connection, not to one session
		for (int i = 0; i < 3; i++) {
			jdbc.execute((java.sql.Connection c) -> {
				try (var s = c.createStatement(); var r = s.executeQuery("select current_setting('statement_timeout'), "
						+ "current_setting('lock_timeout'), current_setting('idle_in_transaction_session_timeout')")) {
					r.next();
					assertThat(List.of(r.getString(1), r.getString(2), r.getString(3))).containsExactly("30s", "10s", "1min");
				}
				return null;
			});
		}
		assertThat(jdbc.queryForObject("show lock_timeout", String.class)).isEqualTo("10s");
		assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("30s");
	}

	@Test
	void badInputIsRefusedAtOnceWhileAnotherRequestHoldsTheEvaluation() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		RowLock.whileHeld(dataSource, a.evaluationId(), () -> {
			MvcResult page = mvc.perform(post("/evaluations/{id}/indicators/1", a.evaluationId()).with(user(a.operator()))
					.with(csrf()).param("level", "7").param("justification", "x")).andExpect(status().isOk()).andReturn();
			assertThat(Refusals.messages(messages, page, "entryForm")).containsExactly("Indikator 1: nilai 7 di luar skala 1 sampai 5.");
			mvc.perform(put("/api/evaluations/{id}/indicators/1", a.evaluationId()).with(httpBasic(a.operatorName(), "demo"))
					.contentType("application/json").content("{\"level\": 3, \"justification\": \"" + "x".repeat(10_001) + "\", \"version\": 0}"))
					.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(Matchers.startsWith("Indikator 1: penjelasan paling banyak")));
			return null;
		});
		assertThat(assessments.get(a.evaluationId(), 1).selfLevel()).isNull();

		Fixtures.InReview c = fixtures.inDocumentReview();
		long session = fixtures.interviewSession(c);
		RowLock.whileHeld(dataSource, c.id(), () -> {
			mvc.perform(put("/api/evaluations/{id}/indicators/2/stages/INTERVIEW", c.id())
					.with(httpBasic(c.team().leadName(), "demo")).contentType("application/json")
					.content("{\"level\": 6, \"note\": null, \"seen\": 0}"))
					.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("Indikator 2: nilai 6 di luar skala 1 sampai 5."));
			MvcResult note = mvc.perform(post("/evaluations/{id}/interviews/{s}/notes", c.id(), session).param("number", "4")
					.param("level", "0").param("note", "dibahas").with(user(c.team().member())).with(csrf())).andReturn();
			assertThat(Refusals.messages(messages, note, "noteForm")).containsExactly("Indikator 4: nilai 0 di luar skala 1 sampai 5.");
			return null;
		});
		assertThat(assessments.get(c.id(), 2).levelAt(Stage.INTERVIEW)).isNull();
		assertThat(jdbc.queryForObject("select count(*) from interview_note where session_id = ?", Long.class, session)).isZero();
	}

	@Test
	void aWriteThatWaitsOutTheLockTimeoutIsToldTheServiceIsBusyAndChangesNothing() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		RowLock.whileHeld(dataSource, a.evaluationId(), () -> {
			mvc.perform(post("/evaluations/{id}/indicators/1", a.evaluationId()).with(user(a.operator())).with(csrf())
					.param("level", "3").param("justification", "Sudah ada SK."))
					.andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
					.andExpect(content().string(Matchers.containsString(BUSY)));
			mvc.perform(put("/api/evaluations/{id}/indicators/1", a.evaluationId()).with(httpBasic(a.operatorName(), "demo"))
					.header("Accept-Language", "en").contentType("application/json")
					.content("{\"level\": 3, \"justification\": \"Sudah ada SK.\", \"version\": 0}"))
					.andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
					.andExpect(jsonPath("$.message").value(Matchers.startsWith("This data is being changed by another request")));
			return null;
		});
		assertThat(assessments.get(a.evaluationId(), 1).selfLevel()).isNull();
		assertThat(assessments.get(a.evaluationId(), 1).justification()).isNull();
	}
}
