package id.spbe.evaluation;

import id.spbe.common.Texts;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public API of the evaluation module: periods, evaluations and their workflow. */
@Service
@Transactional(readOnly = true)
public class Evaluations {

	private final EvaluationPeriodRepository periods;
	private final EvaluationRepository evaluations;
	private final IndicatorAssessmentRepository assessments;
	private final EvaluationEventRepository events;
	private final EvaluationAccess access;
	private final InstrumentCatalog instruments;
	private final ClarificationRepository clarifications;
	private final Clock clock;

	/** Latest clarification deadline, in days from today. */
	public static final int MAX_CLARIFICATION_DAYS = 90;

	/** Longest transition note, clarification message or answer, in characters. */
	public static final int MAX_NOTE = 5000;

	Evaluations(EvaluationPeriodRepository periods, EvaluationRepository evaluations,
			IndicatorAssessmentRepository assessments, EvaluationEventRepository events, EvaluationAccess access,
			InstrumentCatalog instruments, ClarificationRepository clarifications, Clock clock) {
		this.clarifications = clarifications;
		this.periods = periods;
		this.evaluations = evaluations;
		this.assessments = assessments;
		this.events = events;
		this.access = access;
		this.instruments = instruments;
		this.clock = clock;
	}

	/** The period named {@code name}, created with these values when missing. */
	@Transactional
	public EvaluationPeriod findOrCreatePeriod(int year, String name, long instrumentId, LocalDate selfStart,
			LocalDate selfEnd, LocalDate reviewStart, LocalDate reviewEnd) {
		return periods.findByName(name).orElseGet(() -> periods
				.save(new EvaluationPeriod(year, name, instrumentId, selfStart, selfEnd, reviewStart, reviewEnd)));
	}

	/**
	 * The agency's evaluation in the period, opened in self-assessment with one empty entry per
	 * indicator of the period's instrument when missing.
	 */
	@Transactional
	public EvaluationView findOrOpen(long periodId, long agencyId) {
		Evaluation evaluation = evaluations.findByPeriodIdAndAgencyId(periodId, agencyId).orElseGet(() -> {
			EvaluationPeriod period = periods.findById(periodId).orElseThrow(() -> new NotFoundException("period " + periodId));
			Evaluation opened = evaluations.save(new Evaluation(period, agencyId, clock.instant()));
			InstrumentDefinition instrument = instruments.byId(period.getInstrumentId()).orElseThrow();
			instrument.allIndicators()
					.forEach(i -> assessments.save(new IndicatorAssessment(opened.getId(), i.number())));
			return opened;
		});
		return access.view(evaluations.findWithPeriod(evaluation.getId()).orElseThrow());
	}

	/** The agency's evaluations, newest year first. */
	public List<EvaluationView> forAgency(long agencyId) {
		return access.views(evaluations.findByAgency(agencyId));
	}

	/** Number of periods. */
	public long countPeriods() {
		return periods.count();
	}

	/**
	 * Moves the evaluation by {@code action} if {@link Workflow} allows it for the user's part
	 * ({@link Actor}) in the current state, checks the action's own rules, and records the event.
	 * FINALISE needs a final level on every indicator; REOPEN needs a reason; HAND_BACK and RESUME
	 * close the open clarification (the note is the answer). REQUEST_CLARIFICATION goes through
	 * {@link #requestClarification}. Callers with more preconditions (readiness before SUBMIT)
	 * check them in the same transaction.
	 *
	 * @param note optional (required for REOPEN), at most {@link #MAX_NOTE} characters
	 * @throws NotFoundException      when the user may not see the evaluation
	 * @throws RuleViolationException FORBIDDEN when the user's part never takes this action,
	 *                                CONFLICT when the state does not allow it, BAD_INPUT for a
	 *                                missing reason, a note too long or unscored final levels
	 */
	@Transactional
	public EvaluationView transition(CurrentUser user, long evaluationId, EvaluationAction action, String note) {
		String cleanNote = note(note);
		Evaluation evaluation = lockVisible(user, evaluationId);
		Workflow.Transition t = allowed(user, evaluation, action);
		if (action == EvaluationAction.REQUEST_CLARIFICATION) {
			// the indicators, message and deadline come through requestClarification
			throw RuleViolationException.badInput("clarification.error.noIndicator");
		}
		if (action == EvaluationAction.REOPEN && cleanNote == null) {
			throw RuleViolationException.badInput("workflow.error.reasonRequired");
		}
		if (action == EvaluationAction.FINALISE) {
			List<Integer> unscored = assessments.findByEvaluationIdOrderByIndicatorNumber(evaluationId).stream()
					.filter(a -> a.value(Stage.FINAL) == null).map(IndicatorAssessment::getIndicatorNumber).toList();
			if (!unscored.isEmpty()) {
				throw RuleViolationException.badInput("workflow.error.finalUnscored", unscored.size(),
						unscored.stream().limit(20).map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
			}
		}
		if (action == EvaluationAction.HAND_BACK && cleanNote == null) {
			throw RuleViolationException.badInput("clarification.error.noAnswer");
		}
		if (action == EvaluationAction.HAND_BACK || action == EvaluationAction.RESUME) {
			// only the agency's hand-back is an answer; an assessor's note on resuming stays on the event
			clarifications.findByEvaluationIdAndClosedAtIsNull(evaluationId).ifPresent(c -> c.close(user.getId(),
					clock.instant(), action == EvaluationAction.HAND_BACK ? cleanNote : null));
		}
		return move(user, evaluation, t, cleanNote);
	}

	/**
	 * Sends chosen indicators back to the agency (REQUEST_CLARIFICATION): the agency may add
	 * evidence for them until the deadline or until it hands them back.
	 *
	 * @param numbers  indicator numbers of the evaluation's instrument, at least one
	 * @param message  what the assessors ask for, required
	 * @param deadline last day (WIB) for the agency; today or later
	 * @throws RuleViolationException BAD_INPUT for no indicator, an unknown indicator, no message
	 *                                or a missing or past deadline; FORBIDDEN/CONFLICT as {@link #transition}
	 */
	@Transactional
	public EvaluationView requestClarification(CurrentUser user, long evaluationId, List<Integer> numbers,
			String message, LocalDate deadline) {
		Evaluation evaluation = lockVisible(user, evaluationId);
		Workflow.Transition t = allowed(user, evaluation, EvaluationAction.REQUEST_CLARIFICATION);
		List<Integer> chosen = numbers == null ? List.of() : numbers.stream().distinct().sorted().toList();
		if (chosen.isEmpty()) {
			throw RuleViolationException.badInput("clarification.error.noIndicator");
		}
		java.util.Set<Integer> known = new java.util.HashSet<>();
		assessments.findByEvaluationIdOrderByIndicatorNumber(evaluationId).forEach(a -> known.add(a.getIndicatorNumber()));
		for (Integer n : chosen) {
			if (n == null || !known.contains(n)) {
				throw RuleViolationException.badInput("clarification.error.unknownIndicator", n);
			}
		}
		String text = note(message, "clarification.error.messageTooLong");
		if (text == null) {
			throw RuleViolationException.badInput("clarification.error.noMessage");
		}
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
		return move(user, evaluation, t, text);
	}

	/**
	 * For each evaluation, the stage its progress is measured at (the stage under way; SELF before
	 * submission, DOCUMENT_REVIEW when waiting for it, FINAL once finalised) and how many
	 * indicators have their own level there, out of all.
	 */
	public java.util.Map<Long, StageProgress> progress(List<EvaluationView> views) {
		java.util.Map<Long, StageProgress> result = new java.util.HashMap<>();
		java.util.Map<Stage, List<EvaluationView>> byStage = views.stream()
				.collect(java.util.stream.Collectors.groupingBy(Evaluations::progressStage));
		java.util.Map<Long, Long> totals = new java.util.HashMap<>();
		if (!views.isEmpty()) {
			assessments.countByEvaluation(views.stream().map(EvaluationView::id).toList())
					.forEach(row -> totals.put((Long) row[0], (Long) row[1]));
		}
		byStage.forEach((stage, list) -> {
			java.util.Map<Long, Long> scored = new java.util.HashMap<>();
			assessments.countScored(list.stream().map(EvaluationView::id).toList(), stage)
					.forEach(row -> scored.put((Long) row[0], (Long) row[1]));
			list.forEach(v -> result.put(v.id(), new StageProgress(stage,
					new IndicatorCounts(totals.getOrDefault(v.id(), 0L), scored.getOrDefault(v.id(), 0L)))));
		});
		return result;
	}

	/** Progress of one evaluation at one stage. */
	public record StageProgress(Stage stage, IndicatorCounts counts) {
	}

	private static Stage progressStage(EvaluationView v) {
		return switch (v.state()) {
			case SELF_ASSESSMENT -> Stage.SELF;
			case SUBMITTED -> Stage.DOCUMENT_REVIEW;
			case FINALISED -> Stage.FINAL;
			default -> v.state().workingStage().orElseThrow();
		};
	}

	/** The open clarification of an evaluation, if any (callers check visibility). */
	public Optional<ClarificationView> openClarification(long evaluationId) {
		return clarifications.findByEvaluationIdAndClosedAtIsNull(evaluationId).map(Clarification::toView);
	}

	/** Every clarification of an evaluation, newest first (callers check visibility). */
	public List<ClarificationView> clarifications(long evaluationId) {
		return clarifications.findByEvaluationIdOrderByRequestedAtDesc(evaluationId).stream()
				.map(Clarification::toView).toList();
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

	/** An enum value as an argument the message source turns into its name in the user's language. */
	static org.springframework.context.MessageSourceResolvable named(String prefix, Enum<?> value) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { prefix + value.name() }, value.name());
	}

	private EvaluationView move(CurrentUser user, Evaluation evaluation, Workflow.Transition t, String note) {
		evaluation.moveTo(t.to());
		events.save(new EvaluationEvent(evaluation.getId(), clock.instant(), user.getId(), t, note));
		evaluations.flush();
		return access.view(evaluations.findWithPeriod(evaluation.getId()).orElseThrow());
	}

	private static String note(String note) {
		return note(note, "workflow.error.noteTooLong");
	}

	private static String note(String note, String tooLongKey) {
		String text = Texts.block(note);
		if (text == null) {
			return null;
		}
		if (Texts.length(text) > MAX_NOTE) {
			throw RuleViolationException.badInput(tooLongKey, MAX_NOTE);
		}
		return text;
	}

	/** The recorded transitions of an evaluation, oldest first (callers check visibility). */
	public List<EventView> events(long evaluationId) {
		return events.findByEvaluationIdOrderByAtAsc(evaluationId).stream().map(EvaluationEvent::toView).toList();
	}
}
