package id.spbe.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.AuditEvent;
import id.spbe.evaluation.AssessorTeams;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.Transitions;
import id.spbe.review.ReviewService;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.user.UserAccounts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the audit log records: each action wired to it (workflow moves, reopening, level changes,
 * team changes) with who, from where, what and on which object; nothing when the change rolls
 * back; and a database that refuses to change or delete a row.
 */
@IntegrationTest
class AuditLogTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Transitions transitions;
	@Autowired
	Assessments assessments;
	@Autowired
	AssessorTeams teams;
	@Autowired
	ReviewService review;
	@Autowired
	UserAccounts users;
	@Autowired
	ApplicationEventPublisher publisher;
	@Autowired
	PlatformTransactionManager transactions;

	/** The rows about one evaluation with this action, oldest first. */
	private List<Map<String, Object>> rows(long evaluationId, String action) {
		return jdbc.queryForList("select * from audit_log where object_type = 'evaluation' and object_id = ? and action = ?"
				+ " order by id", String.valueOf(evaluationId), action);
	}

	private String state(long evaluationId) {
		return jdbc.queryForObject("select state from evaluation where id = ?", String.class, evaluationId);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void aWorkflowMoveIsRecordedWithWhoFromWhereAndOnWhat() throws Exception {
		Fixtures.InReview c = fixtures.submittedWithTeam("spbe-2020");
		mvc.perform(post("/api/evaluations/{id}/transitions", c.id()).with(httpBasic(c.team().leadName(), "demo"))
				.with(from("203.0.113.7")).contentType("application/json").content("{\"action\": \"START_DOCUMENT_REVIEW\"}"))
				.andExpect(status().isOk());

		List<Map<String, Object>> rows = rows(c.id(), "WORKFLOW_START_DOCUMENT_REVIEW");
		assertThat(rows).hasSize(1);
		Map<String, Object> row = rows.get(0);
		assertThat(row.get("user_id")).isEqualTo(c.team().lead().getId());
		assertThat(row.get("username")).isEqualTo(c.team().leadName());
		assertThat(row.get("address")).isEqualTo("203.0.113.7");
		assertThat(row.get("agency_id")).isEqualTo(c.agency().agencyId());
		assertThat(row.get("detail")).isEqualTo("SUBMITTED -> DOCUMENT_REVIEW");
		assertThat(row.get("at")).isNotNull();
		// the submission before it (made by the fixture outside any request) is on record too, with no one signed in
		assertThat(rows(c.id(), "WORKFLOW_SUBMIT")).singleElement()
				.satisfies(r -> assertThat(r.get("username")).isNull());
	}

	@Test
	void aReopeningIsRecordedWithItsReason() throws Exception {
		Fixtures.InReview c = finalised();
		CurrentUser admin = fixtures.login("admin");
		mvc.perform(post("/evaluations/{id}/transition", c.id()).param("action", "REOPEN")
				.param("note", "Salah hitung indikator 7").with(user(admin)).with(csrf()).with(from("198.51.100.4")))
				.andExpect(status().is3xxRedirection());

		assertThat(state(c.id())).isEqualTo(EvaluationState.FINAL_REVIEW.name());
		assertThat(rows(c.id(), "WORKFLOW_FINALISE")).hasSize(1);
		assertThat(rows(c.id(), "WORKFLOW_REOPEN")).singleElement().satisfies(row -> {
			assertThat(row.get("username")).isEqualTo("admin");
			assertThat(row.get("user_id")).isEqualTo(admin.getId());
			assertThat(row.get("address")).isEqualTo("198.51.100.4");
			assertThat(row.get("detail")).isEqualTo("FINALISED -> FINAL_REVIEW: Salah hitung indikator 7");
		});
	}

	@Test
	void everyLevelChangeIsRecordedButNotATextChange() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		long version = assessments.get(a.evaluationId(), 1).version();
		mvc.perform(put("/api/evaluations/{id}/indicators/1", a.evaluationId()).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json")
				.content("{\"level\": 3, \"justification\": \"Ada SK\", \"version\": " + version + "}"))
				.andExpect(status().isOk());
		version = assessments.get(a.evaluationId(), 1).version();
		// the justification alone changes: the history has it, the audit log does not (not a score)
		mvc.perform(put("/api/evaluations/{id}/indicators/1", a.evaluationId()).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json")
				.content("{\"level\": 3, \"justification\": \"Ada SK Wali Kota\", \"version\": " + version + "}"))
				.andExpect(status().isOk());

		assertThat(rows(a.evaluationId(), Assessments.SCORE_CHANGED)).singleElement().satisfies(row -> {
			assertThat(row.get("username")).isEqualTo(a.operatorName());
			assertThat(row.get("user_id")).isEqualTo(a.operator().getId());
			assertThat(row.get("agency_id")).isEqualTo(a.agencyId());
			assertThat(row.get("detail")).isEqualTo("indicator 1, SELF: - -> 3");
		});
	}

	@Test
	void anAssessorsLevelIsRecordedAndSoIsACarryOver() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		mvc.perform(put("/api/evaluations/{id}/indicators/4/stages/DOCUMENT_REVIEW", c.id())
				.with(httpBasic(c.team().memberName(), "demo")).contentType("application/json")
				.content("{\"level\": 2, \"note\": \"SK belum ada\", \"seen\": " + assessments.history(c.id(), 4).size() + "}"))
				.andExpect(status().isOk());

		List<Map<String, Object>> rows = rows(c.id(), Assessments.SCORE_CHANGED);
		// the fixture's self levels (set with no one signed in) come first
		Map<String, Object> stage = rows.get(rows.size() - 1);
		assertThat(stage.get("username")).isEqualTo(c.team().memberName());
		assertThat(stage.get("detail")).isEqualTo("indicator 4, DOCUMENT_REVIEW: - -> 2");
		int before = rows.size();

		int carried = review.carryOver(c.team().lead(), c.id());
		assertThat(carried).isPositive();
		assertThat(rows(c.id(), Assessments.SCORE_CHANGED)).hasSize(before + carried);
	}

	@Test
	void teamChangesAreRecordedOneRowPerAssessorWhosePlaceChanges() throws Exception {
		Fixtures.InReview c = fixtures.submittedWithTeam("spbe-2020");
		CurrentUser admin = fixtures.login("admin");
		String name = "asesor" + UUID.randomUUID().toString().substring(0, 8);
		users.createIfAbsent(name, "demo", "Asesor " + name, Role.ASSESSOR, null);
		long newLead = fixtures.login(name).getId();

		mvc.perform(post("/admin/evaluations/{id}/team", c.id()).param("assessorId", String.valueOf(newLead))
				.param("lead", "true").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/evaluations/{id}/team/{a}/remove", c.id(), c.team().member().getId())
				.with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(rows(c.id(), "TEAM_ADDED_LEAD")).last().satisfies(row -> {
			assertThat(row.get("username")).isEqualTo("admin");
			assertThat((String) row.get("detail")).isEqualTo("assessor " + name + " (id " + newLead + ")");
			assertThat(row.get("agency_id")).isEqualTo(c.agency().agencyId());
		});
		assertThat(rows(c.id(), "TEAM_MADE_MEMBER")).singleElement()
				.satisfies(row -> assertThat((String) row.get("detail")).contains(c.team().leadName()));
		assertThat(rows(c.id(), "TEAM_REMOVED")).singleElement()
				.satisfies(row -> assertThat((String) row.get("detail")).contains(c.team().memberName()));
	}

	@Test
	void aChangeThatRollsBackLeavesNoRow() {
		Fixtures.InReview c = fixtures.submittedWithTeam("spbe-2020");
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(status -> {
			transitions.move(c.team().lead(), c.id(), EvaluationAction.START_DOCUMENT_REVIEW, "akan dibatalkan");
			assertThat(rows(c.id(), "WORKFLOW_START_DOCUMENT_REVIEW")).as("written in the same transaction").hasSize(1);
			status.setRollbackOnly();
		});
		assertThat(state(c.id())).isEqualTo(EvaluationState.SUBMITTED.name());
		assertThat(rows(c.id(), "WORKFLOW_START_DOCUMENT_REVIEW")).isEmpty();

		// an exception inside the change rolls back its row too
		String actor = "rollback" + UUID.randomUUID().toString().substring(0, 8);
		assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
			publisher.publishEvent(AuditEvent.of("TEST_ROLLED_BACK", null, null, null, null).by(actor));
			throw new IllegalStateException("the change fails");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(jdbc.queryForObject("select count(*) from audit_log where username = ?", Long.class, actor)).isZero();
	}

	@Test
	void withoutATransactionOrInAReadOnlyOneTheRowIsWrittenOnItsOwn() {
		String actor = "alone" + UUID.randomUUID().toString().substring(0, 8);
		publisher.publishEvent(AuditEvent.of("TEST_NO_TRANSACTION", "user", 5, null, null).by(actor));
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult(status -> publisher
				.publishEvent(AuditEvent.of("TEST_READ_ONLY", "user", 5, null, null).by(actor)));

		assertThat(jdbc.queryForList("select action from audit_log where username = ? order by id", String.class, actor))
				.containsExactly("TEST_NO_TRANSACTION", "TEST_READ_ONLY");
		assertThat(jdbc.queryForObject("select user_id from audit_log where username = ? limit 1", Long.class, actor))
				.as("a named actor is stored as named, with no id").isNull();
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteARow() {
		String actor = "fixed" + UUID.randomUUID().toString().substring(0, 8);
		publisher.publishEvent(AuditEvent.of("TEST_APPEND_ONLY", null, null, null, "original").by(actor));
		long id = jdbc.queryForObject("select id from audit_log where username = ?", Long.class, actor);

		assertThatThrownBy(() -> jdbc.update("update audit_log set detail = 'rewritten' where id = ?", id))
				.isInstanceOf(DataAccessException.class).rootCause()
				.hasMessageContaining("audit_log is append-only: UPDATE refused");
		assertThatThrownBy(() -> jdbc.update("delete from audit_log where id = ?", id))
				.isInstanceOf(DataAccessException.class).rootCause()
				.hasMessageContaining("audit_log is append-only: DELETE refused");
		assertThatThrownBy(() -> jdbc.execute("truncate audit_log"))
				.isInstanceOf(DataAccessException.class).rootCause()
				.hasMessageContaining("audit_log is append-only: TRUNCATE refused");

		assertThat(jdbc.queryForObject("select detail from audit_log where id = ?", String.class, id)).isEqualTo("original");
	}

	@Test
	void valuesAreBoundedAndABadActionNameFailsThePublisher() {
		String actor = "long" + UUID.randomUUID().toString().substring(0, 8);
		publisher.publishEvent(new AuditEvent("TEST_LONG", "x".repeat(100), "7".repeat(300), null,
				"a\u0000b" + "é".repeat(5000), actor));
		Map<String, Object> row = jdbc.queryForMap("select * from audit_log where username = ?", actor);
		String detail = (String) row.get("detail");
		assertThat(detail).hasSize(AuditListener.MAX_DETAIL).startsWith("abé").endsWith("…");
		assertThat((String) row.get("object_type")).hasSize(AuditListener.MAX_OBJECT_TYPE);
		assertThat((String) row.get("object_id")).hasSize(AuditListener.MAX_OBJECT_ID);

		assertThatThrownBy(() -> publisher.publishEvent(AuditEvent.of("user created", null, null, null, null)))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> publisher.publishEvent(AuditEvent.of("A".repeat(65), null, null, null, null)))
				.isInstanceOf(IllegalArgumentException.class);
	}

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
