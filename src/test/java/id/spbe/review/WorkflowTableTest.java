package id.spbe.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.Actor;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.Stage;
import id.spbe.user.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole workflow table walked through the services the pages and API use: every state x
 * action x actor, allowed or refused. The expected moves are written out here, independently of
 * {@link id.spbe.evaluation.Workflow}; a refused move changes neither the state nor the events.
 */
@IntegrationTest
class WorkflowTableTest {

	/** "FROM ACTION ACTOR -> TO": the only moves that may succeed (docs/domain.md sections 1 and 5). */
	static final Set<String> ALLOWED = Set.of(
			"SELF_ASSESSMENT SUBMIT AGENCY_COORDINATOR -> SUBMITTED",
			"SUBMITTED START_DOCUMENT_REVIEW LEAD_ASSESSOR -> DOCUMENT_REVIEW",
			"DOCUMENT_REVIEW REQUEST_CLARIFICATION LEAD_ASSESSOR -> DOCUMENT_REVIEW_CLARIFICATION",
			"DOCUMENT_REVIEW REQUEST_CLARIFICATION ASSESSOR -> DOCUMENT_REVIEW_CLARIFICATION",
			"DOCUMENT_REVIEW_CLARIFICATION HAND_BACK AGENCY_COORDINATOR -> DOCUMENT_REVIEW",
			"DOCUMENT_REVIEW_CLARIFICATION RESUME LEAD_ASSESSOR -> DOCUMENT_REVIEW",
			"DOCUMENT_REVIEW_CLARIFICATION RESUME ASSESSOR -> DOCUMENT_REVIEW",
			"DOCUMENT_REVIEW START_INTERVIEW LEAD_ASSESSOR -> INTERVIEW",
			"INTERVIEW REQUEST_CLARIFICATION LEAD_ASSESSOR -> INTERVIEW_CLARIFICATION",
			"INTERVIEW REQUEST_CLARIFICATION ASSESSOR -> INTERVIEW_CLARIFICATION",
			"INTERVIEW_CLARIFICATION HAND_BACK AGENCY_COORDINATOR -> INTERVIEW",
			"INTERVIEW_CLARIFICATION RESUME LEAD_ASSESSOR -> INTERVIEW",
			"INTERVIEW_CLARIFICATION RESUME ASSESSOR -> INTERVIEW",
			"INTERVIEW START_SITE_VISIT LEAD_ASSESSOR -> SITE_VISIT",
			"INTERVIEW START_FINAL_REVIEW LEAD_ASSESSOR -> FINAL_REVIEW",
			"SITE_VISIT START_FINAL_REVIEW LEAD_ASSESSOR -> FINAL_REVIEW",
			"FINAL_REVIEW FINALISE LEAD_ASSESSOR -> FINALISED",
			"FINALISED REOPEN ADMIN -> FINAL_REVIEW");

	@Autowired
	id.spbe.evaluation.Transitions transitions;
	@Autowired
	Fixtures fixtures;
	@Autowired
	ReviewService review;
	@Autowired
	Assessments assessments;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyStateActionAndActorIsAllowedExactlyAsTheTableSays() {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		fixtures.completeAllExcept(a);
		Fixtures.Team team = fixtures.team(a);
		long id = a.evaluationId();
		// every indicator has a final level, so that FINALISE is refused only by the table
		assessments.list(id).forEach(e -> assessments.saveStage(id, e.number(), new id.spbe.evaluation.Assessments.StageEntry(Stage.FINAL, new BigDecimal("3"), null,
				null), team.lead().getId()));
		Map<Actor, CurrentUser> actors = new LinkedHashMap<>();
		actors.put(Actor.ADMIN, fixtures.login("admin"));
		actors.put(Actor.LEAD_ASSESSOR, team.lead());
		actors.put(Actor.ASSESSOR, team.member());
		actors.put(Actor.AGENCY_COORDINATOR, a.coordinator());
		actors.put(Actor.AGENCY_OPERATOR, a.operator());

		List<String> happened = new ArrayList<>();
		int tried = 0;
		for (EvaluationState from : EvaluationState.values()) {
			for (EvaluationAction action : EvaluationAction.values()) {
				for (Map.Entry<Actor, CurrentUser> actor : actors.entrySet()) {
					setState(id, from);
					long eventsBefore = events(id);
					String key = from + " " + action + " " + actor.getKey();
					try {
						perform(actor.getValue(), id, action);
						happened.add(key + " -> " + state(id));
						assertThat(events(id)).as(key).isEqualTo(eventsBefore + 1);
					}
					catch (RuleViolationException | NotFoundException refused) {
						assertThat(state(id)).as(key + " refused, unchanged").isEqualTo(from);
						assertThat(events(id)).as(key + " refused, no event").isEqualTo(eventsBefore);
					}
					tried++;
				}
			}
		}
		assertThat(tried).isEqualTo(EvaluationState.values().length * EvaluationAction.values().length * 5);
		assertThat(happened).containsExactlyInAnyOrderElementsOf(ALLOWED);
	}

	private void perform(CurrentUser user, long id, EvaluationAction action) {
		if (action == EvaluationAction.REQUEST_CLARIFICATION) {
			transitions.requestClarification(user, id, new id.spbe.evaluation.Transitions.ClarificationRequest(List.of(1, 2), "Mohon lengkapi dokumen.", LocalDate.now().plusDays(7)));
		}
		else {
			transitions.move(user, id, action, "alasan uji");
		}
	}

	private void setState(long id, EvaluationState state) {
		jdbc.update("update clarification set closed_at = now() where evaluation_id = ? and closed_at is null", id);
		jdbc.update("update evaluation set state = ? where id = ?", state.name(), id);
	}

	private EvaluationState state(long id) {
		return EvaluationState.valueOf(jdbc.queryForObject("select state from evaluation where id = ?", String.class, id));
	}

	private long events(long id) {
		return jdbc.queryForObject("select count(*) from evaluation_event where evaluation_id = ?", Long.class, id);
	}
}
