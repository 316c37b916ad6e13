package id.spbe.evaluation;

import id.spbe.common.AuditEvent;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.user.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one entry point of the workflow: every move of every actor (the agency's submission and
 * hand-back, the assessors' stages and clarifications, the administrator's reopening) comes through
 * here, is checked against {@link Workflow} for the user's part ({@link Actor}) in the current
 * state, then against the action's own rules, and is recorded as an event, all under the
 * evaluation's row lock.
 */
@Service
public class Transitions {

	/** Latest clarification deadline, in days from today. */
	public static final int MAX_CLARIFICATION_DAYS = 90;

	/** Longest transition note, clarification message or answer, in characters. */
	public static final int MAX_NOTE = 5000;

	private final EvaluationRepository evaluations;
	private final IndicatorAssessmentRepository assessments;
	private final EvaluationEventRepository events;
	private final ClarificationRepository clarifications;
	private final EvaluationAccess access;
	private final List<TransitionRule> rules;
	private final Clock clock;
	private final ApplicationEventPublisher publisher;

	Transitions(EvaluationRepository evaluations, IndicatorAssessmentRepository assessments,
			EvaluationEventRepository events, ClarificationRepository clarifications, EvaluationAccess access,
			List<TransitionRule> rules, Clock clock, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.evaluations = evaluations;
		this.assessments = assessments;
		this.events = events;
		this.clarifications = clarifications;
		this.access = access;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * Moves the evaluation by {@code action}. FINALISE needs a final level on every indicator;
	 * REOPEN needs a reason; HAND_BACK needs an answer; HAND_BACK and RESUME close the open
	 * clarification; the modules' {@link TransitionRule}s add theirs (readiness before SUBMIT).
	 * REQUEST_CLARIFICATION needs its input: see {@link #requestClarification}.
	 *
	 * @param note optional (required for REOPEN and HAND_BACK), at most {@link #MAX_NOTE} characters
	 * @throws NotFoundException      when the user may not see the evaluation
	 * @throws RuleViolationException FORBIDDEN when the user's part never takes this action,
	 *                                CONFLICT when the state does not allow it, BAD_INPUT for a
	 *                                missing action or reason, a note too long or unscored final levels
	 */
	@Transactional
	public EvaluationView move(CurrentUser user, long evaluationId, EvaluationAction action, String note) {
		if (action == null) {
			throw RuleViolationException.badInput("workflow.error.noAction");
		}
		String cleanNote = note(note, "workflow.error.noteTooLong");
		Evaluation evaluation = lockVisible(user, evaluationId);
		Workflow.Transition t = allowed(user, evaluation, action);
		if (action == EvaluationAction.REQUEST_CLARIFICATION) {
			throw RuleViolationException.badInput("clarification.error.noIndicator");
		}
		if (action.needsReason() && cleanNote == null) {
			throw RuleViolationException.badInput("workflow.error.reasonRequired");
		}
		if (action == EvaluationAction.FINALISE) {
			requireFinalLevels(evaluationId);
		}
		if (action == EvaluationAction.HAND_BACK && cleanNote == null) {
			throw RuleViolationException.badInput("clarification.error.noAnswer");
		}
		EvaluationView view = access.view(evaluation);
		rules.forEach(rule -> rule.check(user, view, action, cleanNote));
		if (action == EvaluationAction.HAND_BACK || action == EvaluationAction.RESUME) {
			// only the agency's hand-back is an answer; an assessor's note on resuming stays on the event
			clarifications.findByEvaluationIdAndClosedAtIsNull(evaluationId).ifPresent(c -> c.close(user.getId(),
					clock.instant(), action == EvaluationAction.HAND_BACK ? cleanNote : null));
		}
		return record(user, evaluation, t, cleanNote);
	}

	/**
	 * Sends chosen indicators back to the agency (REQUEST_CLARIFICATION): the agency may add
	 * evidence for them until the deadline or until it hands them back.
	 *
	 * @throws RuleViolationException BAD_INPUT for no indicator, an unknown indicator, no message
	 *                                or a missing, past or too far deadline; FORBIDDEN/CONFLICT as {@link #move}
	 */
	@Transactional
	public EvaluationView requestClarification(CurrentUser user, long evaluationId, ClarificationRequest request) {
		Evaluation evaluation = lockVisible(user, evaluationId);
		Workflow.Transition t = allowed(user, evaluation, EvaluationAction.REQUEST_CLARIFICATION);
		List<Integer> chosen = request.numbers() == null ? List.of()
				: request.numbers().stream().distinct().sorted().toList();
		if (chosen.isEmpty()) {
			throw RuleViolationException.badInput("clarification.error.noIndicator");
		}
		Set<Integer> known = new HashSet<>();
		assessments.findByEvaluationIdOrderByIndicatorNumber(evaluationId).forEach(a -> known.add(a.getIndicatorNumber()));
		for (Integer n : chosen) {
			if (n == null || !known.contains(n)) {
				throw RuleViolationException.badInput("clarification.error.unknownIndicator", n);
			}
		}
		String text = note(request.message(), "clarification.error.messageTooLong");
		if (text == null) {
			throw RuleViolationException.badInput("clarification.error.noMessage");
		}
		LocalDate deadline = request.deadline();
		if (deadline == null) {
			throw RuleViolationException.badInput("clarification.error.noDeadline");
		}
		if (deadline.isBefore(access.today())) {
			throw RuleViolationException.badInput("clarification.error.deadlinePast", deadline);
		}
		// a clarification is days or weeks; a far deadline would leave the evaluation open for good
		if (deadline.isAfter(access.today().plusDays(MAX_CLARIFICATION_DAYS))) {
			throw RuleViolationException.badInput("clarification.error.deadlineTooFar", deadline, MAX_CLARIFICATION_DAYS);
		}
		clarifications.save(new Clarification(evaluationId, chosen, text, deadline, user.getId(), clock.instant()));
		return record(user, evaluation, t, text);
	}

	/** What the assessors ask of the agency: indicators, message, last day (WIB). */
	public record ClarificationRequest(List<Integer> numbers, String message, LocalDate deadline) {
	}

	private void requireFinalLevels(long evaluationId) {
		List<Integer> unscored = assessments.findByEvaluationIdOrderByIndicatorNumber(evaluationId).stream()
				.filter(a -> a.value(Stage.FINAL) == null).map(IndicatorAssessment::getIndicatorNumber).toList();
		if (!unscored.isEmpty()) {
			throw RuleViolationException.badInput("workflow.error.finalUnscored", unscored.size(),
					unscored.stream().limit(20).map(String::valueOf).collect(Collectors.joining(", ")));
		}
	}

	private Evaluation lockVisible(CurrentUser user, long evaluationId) {
		return evaluations.lockById(evaluationId).filter(e -> access.canSee(user, e))
				.orElseThrow(() -> new NotFoundException("evaluation " + evaluationId));
	}

	private Workflow.Transition allowed(CurrentUser user, Evaluation evaluation, EvaluationAction action) {
		Actor actor = access.actor(user, evaluation.getId());
		return Workflow.find(evaluation.getState(), action, actor).orElseThrow(() -> {
			boolean ever = Workflow.TRANSITIONS.stream().anyMatch(t -> t.action() == action && t.actor() == actor);
			return ever ? RuleViolationException.conflict("workflow.error.notAllowed", named("workflow.action.", action),
					named("evaluation.state.", evaluation.getState()))
					: RuleViolationException.forbidden("workflow.error.notYours", named("workflow.action.", action));
		});
	}

	/** A message key as an argument the message source turns into its text in the user's language. */
	static MessageSourceResolvable named(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}

	/** An enum value as an argument the message source turns into its name in the user's language. */
	static MessageSourceResolvable named(String prefix, Enum<?> value) {
		return new DefaultMessageSourceResolvable(new String[] { prefix + value.name() }, value.name());
	}

	private EvaluationView record(CurrentUser user, Evaluation evaluation, Workflow.Transition t, String note) {
		evaluation.moveTo(t.to());
		events.save(new EvaluationEvent(evaluation.getId(), clock.instant(), user.getId(), t, note));
		publisher.publishEvent(AuditEvent.of(auditAction(t.action()), "evaluation", evaluation.getId(),
				evaluation.getAgencyId(), t.from() + " -> " + t.to() + (note == null ? "" : ": " + note)));
		publisher.publishEvent(new WorkflowMoved(evaluation.getId(), evaluation.getAgencyId(), t.action(), t.from(), t.to(), user.getId(), note));
		evaluations.flush();
		return access.view(evaluations.findWithPeriod(evaluation.getId()).orElseThrow());
	}

	/** The audit log's action for a workflow move: {@code WORKFLOW_} and the action, e.g. {@code WORKFLOW_REOPEN}. */
	public static String auditAction(EvaluationAction action) {
		return "WORKFLOW_" + action.name();
	}

	private static String note(String note, String tooLongKey) {
		String text = Texts.block(note);
		if (text != null && Texts.length(text) > MAX_NOTE) {
			throw RuleViolationException.badInput(tooLongKey, MAX_NOTE);
		}
		return text;
	}
}
