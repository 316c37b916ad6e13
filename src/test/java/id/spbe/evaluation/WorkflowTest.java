package id.spbe.evaluation;

import static id.spbe.evaluation.Actor.ADMIN;
import static id.spbe.evaluation.Actor.AGENCY_COORDINATOR;
import static id.spbe.evaluation.Actor.AGENCY_OPERATOR;
import static id.spbe.evaluation.Actor.ASSESSOR;
import static id.spbe.evaluation.Actor.LEAD_ASSESSOR;
import static id.spbe.evaluation.EvaluationAction.FINALISE;
import static id.spbe.evaluation.EvaluationAction.HAND_BACK;
import static id.spbe.evaluation.EvaluationAction.REOPEN;
import static id.spbe.evaluation.EvaluationAction.REQUEST_CLARIFICATION;
import static id.spbe.evaluation.EvaluationAction.RESUME;
import static id.spbe.evaluation.EvaluationAction.START_DOCUMENT_REVIEW;
import static id.spbe.evaluation.EvaluationAction.START_FINAL_REVIEW;
import static id.spbe.evaluation.EvaluationAction.START_INTERVIEW;
import static id.spbe.evaluation.EvaluationAction.START_SITE_VISIT;
import static id.spbe.evaluation.EvaluationAction.SUBMIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The workflow table read as plain data, against the workflow as documented (README, Workflow):
 * submitted, document review, interview, optional site visit, final review, finalised; the lead
 * moves the stages and finalises, any team member asks for and ends a clarification, the
 * coordinator submits and hands back, the administrator reopens. WorkflowTableTest walks the same
 * moves through the services.
 */
class WorkflowTest {

	/** The actions each state offers to anyone, as documented. */
	static final Map<EvaluationState, Set<EvaluationAction>> DOCUMENTED = new EnumMap<>(EvaluationState.class);

	static {
		DOCUMENTED.put(EvaluationState.SELF_ASSESSMENT, Set.of(SUBMIT));
		DOCUMENTED.put(EvaluationState.SUBMITTED, Set.of(START_DOCUMENT_REVIEW));
		DOCUMENTED.put(EvaluationState.DOCUMENT_REVIEW, Set.of(REQUEST_CLARIFICATION, START_INTERVIEW));
		DOCUMENTED.put(EvaluationState.DOCUMENT_REVIEW_CLARIFICATION, Set.of(HAND_BACK, RESUME));
		DOCUMENTED.put(EvaluationState.INTERVIEW, Set.of(REQUEST_CLARIFICATION, START_SITE_VISIT, START_FINAL_REVIEW));
		DOCUMENTED.put(EvaluationState.INTERVIEW_CLARIFICATION, Set.of(HAND_BACK, RESUME));
		DOCUMENTED.put(EvaluationState.SITE_VISIT, Set.of(START_FINAL_REVIEW));
		DOCUMENTED.put(EvaluationState.FINAL_REVIEW, Set.of(FINALISE));
		DOCUMENTED.put(EvaluationState.FINALISED, Set.of(REOPEN));
	}

	@Test
	void everyStateHasTheDocumentedActions() {
		assertThat(DOCUMENTED.keySet()).as("every state is documented").containsExactlyInAnyOrder(EvaluationState.values());
		for (EvaluationState state : EvaluationState.values()) {
			Set<EvaluationAction> actions = Workflow.TRANSITIONS.stream().filter(t -> t.from() == state)
					.map(Workflow.Transition::action).collect(Collectors.toSet());
			assertThat(actions).as(state.toString()).isEqualTo(DOCUMENTED.get(state));
		}
	}

	@Test
	void eachActorHasItsPart() {
		assertThat(Workflow.actions(EvaluationState.SELF_ASSESSMENT, AGENCY_COORDINATOR)).containsExactly(SUBMIT);
		assertThat(Workflow.actions(EvaluationState.DOCUMENT_REVIEW, LEAD_ASSESSOR))
				.containsExactly(REQUEST_CLARIFICATION, START_INTERVIEW);
		assertThat(Workflow.actions(EvaluationState.DOCUMENT_REVIEW, ASSESSOR)).containsExactly(REQUEST_CLARIFICATION);
		assertThat(Workflow.actions(EvaluationState.INTERVIEW, LEAD_ASSESSOR))
				.containsExactly(REQUEST_CLARIFICATION, START_SITE_VISIT, START_FINAL_REVIEW);
		assertThat(Workflow.actions(EvaluationState.INTERVIEW_CLARIFICATION, AGENCY_COORDINATOR)).containsExactly(HAND_BACK);
		assertThat(Workflow.actions(EvaluationState.INTERVIEW_CLARIFICATION, ASSESSOR)).containsExactly(RESUME);
		assertThat(Workflow.actions(EvaluationState.FINALISED, ADMIN)).containsExactly(REOPEN);
		assertThat(Workflow.actions(EvaluationState.FINALISED, LEAD_ASSESSOR)).isEmpty();
		for (EvaluationState state : EvaluationState.values()) {
			assertThat(Workflow.actions(state, AGENCY_OPERATOR)).as("the operator moves nothing, " + state).isEmpty();
		}
	}

	@Test
	void findAllowsTheTableAndRefusesTheRest() {
		assertThat(Workflow.find(EvaluationState.SELF_ASSESSMENT, SUBMIT, AGENCY_COORDINATOR))
				.map(Workflow.Transition::to).contains(EvaluationState.SUBMITTED);
		assertThat(Workflow.find(EvaluationState.DOCUMENT_REVIEW, REQUEST_CLARIFICATION, ASSESSOR))
				.map(Workflow.Transition::to).contains(EvaluationState.DOCUMENT_REVIEW_CLARIFICATION);
		assertThat(Workflow.find(EvaluationState.INTERVIEW_CLARIFICATION, HAND_BACK, AGENCY_COORDINATOR))
				.map(Workflow.Transition::to).contains(EvaluationState.INTERVIEW);
		assertThat(Workflow.find(EvaluationState.INTERVIEW, START_FINAL_REVIEW, LEAD_ASSESSOR))
				.map(Workflow.Transition::to).contains(EvaluationState.FINAL_REVIEW);
		assertThat(Workflow.find(EvaluationState.FINALISED, REOPEN, ADMIN))
				.map(Workflow.Transition::to).contains(EvaluationState.FINAL_REVIEW);

		// the right action by the wrong actor
		assertThat(Workflow.find(EvaluationState.SELF_ASSESSMENT, SUBMIT, AGENCY_OPERATOR)).isEmpty();
		assertThat(Workflow.find(EvaluationState.FINAL_REVIEW, FINALISE, ASSESSOR)).isEmpty();
		assertThat(Workflow.find(EvaluationState.SUBMITTED, START_DOCUMENT_REVIEW, ADMIN)).isEmpty();
		assertThat(Workflow.find(EvaluationState.FINALISED, REOPEN, LEAD_ASSESSOR)).isEmpty();
		assertThat(Workflow.find(EvaluationState.DOCUMENT_REVIEW_CLARIFICATION, HAND_BACK, ASSESSOR)).isEmpty();
		// the right actor in the wrong state
		assertThat(Workflow.find(EvaluationState.SUBMITTED, SUBMIT, AGENCY_COORDINATOR)).isEmpty();
		assertThat(Workflow.find(EvaluationState.DOCUMENT_REVIEW, START_FINAL_REVIEW, LEAD_ASSESSOR)).isEmpty();
		assertThat(Workflow.find(EvaluationState.SITE_VISIT, REQUEST_CLARIFICATION, LEAD_ASSESSOR)).isEmpty();
		assertThat(Workflow.find(EvaluationState.FINAL_REVIEW, REOPEN, ADMIN)).isEmpty();
	}

	@Test
	void theTableHoldsEachStateActionAndActorOnce() {
		Set<List<Object>> seen = new HashSet<>();
		for (Workflow.Transition t : Workflow.TRANSITIONS) {
			assertThat(seen.add(List.of(t.from(), t.action(), t.actor()))).as("twice: " + t).isTrue();
		}
	}

	@Test
	void anActionLeadsToTheSameStateWhoeverTakesIt() {
		Map<List<Object>, EvaluationState> to = new HashMap<>();
		for (Workflow.Transition t : Workflow.TRANSITIONS) {
			EvaluationState before = to.putIfAbsent(List.of(t.from(), t.action()), t.to());
			assertThat(before == null || before == t.to()).as(t.toString()).isTrue();
		}
	}

	@Test
	void everyStateButTheFirstIsReachedAndEveryStateIsLeft() {
		Set<EvaluationState> reached = Workflow.TRANSITIONS.stream().map(Workflow.Transition::to).collect(Collectors.toSet());
		Set<EvaluationState> left = Workflow.TRANSITIONS.stream().map(Workflow.Transition::from).collect(Collectors.toSet());
		Set<EvaluationState> notReached = new HashSet<>(Set.of(EvaluationState.values()));
		notReached.removeAll(reached);
		assertThat(notReached).containsExactly(EvaluationState.SELF_ASSESSMENT);
		assertThat(left).containsExactlyInAnyOrder(EvaluationState.values());
	}
}
