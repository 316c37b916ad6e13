package id.spbe.evaluation;

import static id.spbe.evaluation.Actor.ADMIN;
import static id.spbe.evaluation.Actor.AGENCY_COORDINATOR;
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
import static id.spbe.evaluation.EvaluationState.DOCUMENT_REVIEW;
import static id.spbe.evaluation.EvaluationState.DOCUMENT_REVIEW_CLARIFICATION;
import static id.spbe.evaluation.EvaluationState.FINALISED;
import static id.spbe.evaluation.EvaluationState.FINAL_REVIEW;
import static id.spbe.evaluation.EvaluationState.INTERVIEW;
import static id.spbe.evaluation.EvaluationState.INTERVIEW_CLARIFICATION;
import static id.spbe.evaluation.EvaluationState.SELF_ASSESSMENT;
import static id.spbe.evaluation.EvaluationState.SITE_VISIT;
import static id.spbe.evaluation.EvaluationState.SUBMITTED;

import java.util.List;
import java.util.Optional;

/**
 * The one table of allowed transitions: (from state, action, actor) -> to state. Anything not in
 * the table is refused. The lead assessor moves the stages and finalises; any assessor of the team
 * may ask for a clarification and continue after it; only the agency coordinator submits and hands
 * a clarification back; only an administrator reopens. Source: docs/domain.md sections 1 and 5.
 */
public final class Workflow {

	/** One allowed move. */
	public record Transition(EvaluationState from, EvaluationAction action, Actor actor, EvaluationState to) {
	}

	/** Every allowed transition. */
	public static final List<Transition> TRANSITIONS = List.of(
			new Transition(SELF_ASSESSMENT, SUBMIT, AGENCY_COORDINATOR, SUBMITTED),
			new Transition(SUBMITTED, START_DOCUMENT_REVIEW, LEAD_ASSESSOR, DOCUMENT_REVIEW),
			new Transition(DOCUMENT_REVIEW, REQUEST_CLARIFICATION, LEAD_ASSESSOR, DOCUMENT_REVIEW_CLARIFICATION),
			new Transition(DOCUMENT_REVIEW, REQUEST_CLARIFICATION, ASSESSOR, DOCUMENT_REVIEW_CLARIFICATION),
			new Transition(DOCUMENT_REVIEW_CLARIFICATION, HAND_BACK, AGENCY_COORDINATOR, DOCUMENT_REVIEW),
			new Transition(DOCUMENT_REVIEW_CLARIFICATION, RESUME, LEAD_ASSESSOR, DOCUMENT_REVIEW),
			new Transition(DOCUMENT_REVIEW_CLARIFICATION, RESUME, ASSESSOR, DOCUMENT_REVIEW),
			new Transition(DOCUMENT_REVIEW, START_INTERVIEW, LEAD_ASSESSOR, INTERVIEW),
			new Transition(INTERVIEW, REQUEST_CLARIFICATION, LEAD_ASSESSOR, INTERVIEW_CLARIFICATION),
			new Transition(INTERVIEW, REQUEST_CLARIFICATION, ASSESSOR, INTERVIEW_CLARIFICATION),
			new Transition(INTERVIEW_CLARIFICATION, HAND_BACK, AGENCY_COORDINATOR, INTERVIEW),
			new Transition(INTERVIEW_CLARIFICATION, RESUME, LEAD_ASSESSOR, INTERVIEW),
			new Transition(INTERVIEW_CLARIFICATION, RESUME, ASSESSOR, INTERVIEW),
			new Transition(INTERVIEW, START_SITE_VISIT, LEAD_ASSESSOR, SITE_VISIT),
			new Transition(INTERVIEW, START_FINAL_REVIEW, LEAD_ASSESSOR, FINAL_REVIEW),
			new Transition(SITE_VISIT, START_FINAL_REVIEW, LEAD_ASSESSOR, FINAL_REVIEW),
			new Transition(FINAL_REVIEW, FINALISE, LEAD_ASSESSOR, FINALISED),
			new Transition(FINALISED, REOPEN, ADMIN, FINAL_REVIEW));

	private Workflow() {
	}

	/** The transition for this state, action and actor, if the table allows it. */
	public static Optional<Transition> find(EvaluationState from, EvaluationAction action, Actor actor) {
		return TRANSITIONS.stream().filter(t -> t.from() == from && t.action() == action && t.actor() == actor)
				.findFirst();
	}

	/** The actions this actor may take in this state, in table order. */
	public static List<EvaluationAction> actions(EvaluationState from, Actor actor) {
		return TRANSITIONS.stream().filter(t -> t.from() == from && t.actor() == actor).map(Transition::action)
				.distinct().toList();
	}
}
