package id.spbe.evaluation;

import id.spbe.common.Wib;
import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyView;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and change which evaluation. Every read of an evaluation by id goes through here, so
 * an evaluation the caller may not see is indistinguishable from one that does not exist (404).
 * Admins see all; agency users their own agency's; assessors only submitted evaluations whose
 * team they are on ({@link AssessorTeams}).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationAccess {

	private final EvaluationRepository evaluations;
	private final AssessorAssignmentRepository assignments;
	private final ClarificationRepository clarifications;
	private final Agencies agencies;
	private final java.time.Clock clock;

	EvaluationAccess(EvaluationRepository evaluations, AssessorAssignmentRepository assignments,
			ClarificationRepository clarifications, Agencies agencies, java.time.Clock clock) {
		this.evaluations = evaluations;
		this.assignments = assignments;
		this.clarifications = clarifications;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** Today in WIB, the day deadlines are compared with. */
	public java.time.LocalDate today() {
		return Wib.today(clock);
	}

	/** The part the user plays in this evaluation (lead or member for assessors); the caller checked visibility. */
	public Actor actor(CurrentUser user, long evaluationId) {
		boolean lead = user.getRole() == Role.ASSESSOR && assignments
				.findByEvaluationIdAndAssessorId(evaluationId, user.getId()).map(AssessorAssignment::lead).orElse(false);
		return Actor.of(user, lead);
	}

	/** The row locked for an assessor's write, with the writer's part in it. */
	public record ReviewLock(EvaluationView evaluation, Actor actor) {
	}

	/**
	 * Locks the evaluation row for an assessor's write (stage level, note, evidence status,
	 * interview) until the surrounding transaction ends.
	 *
	 * @throws NotFoundException      when the user may not see it (assessors not on the team)
	 * @throws RuleViolationException FORBIDDEN for anyone but the team's assessors, CONFLICT once
	 *                                finalised or before the review began
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ReviewLock lockForReviewWrite(CurrentUser user, long evaluationId) {
		Evaluation evaluation = evaluations.lockById(evaluationId).filter(e -> canSee(user, e))
				.orElseThrow(() -> new NotFoundException("evaluation " + evaluationId));
		EvaluationView view = view(evaluation);
		return new ReviewLock(view, checkReviewWrite(user, view));
	}

	/**
	 * The rule of {@link #lockForReviewWrite} without the lock, for checks before a write checks
	 * its input and locks (the lock checks again).
	 *
	 * @return the writer's part in the evaluation
	 */
	public Actor checkReviewWrite(CurrentUser user, EvaluationView evaluation) {
		Actor actor = actor(user, evaluation.id());
		if (!actor.isAssessor()) {
			throw RuleViolationException.forbidden("review.error.assessorOnly");
		}
		if (evaluation.state() == EvaluationState.FINALISED) {
			throw RuleViolationException.conflict("review.error.finalised");
		}
		if (evaluation.state().workingStage().isEmpty()) {
			throw RuleViolationException.conflict("review.error.notStarted");
		}
		return actor;
	}

	/**
	 * Locks the evaluation row for an agency's evidence write on one indicator: allowed in
	 * self-assessment, and while a clarification naming the indicator is open, up to its deadline.
	 *
	 * @throws NotFoundException      when the user may not see it
	 * @throws RuleViolationException FORBIDDEN for non-agency users, CONFLICT otherwise
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public EvaluationView lockForAgencyEvidenceWrite(CurrentUser user, long evaluationId, int number) {
		Evaluation evaluation = evaluations.lockById(evaluationId).filter(e -> canSee(user, e))
				.orElseThrow(() -> new NotFoundException("evaluation " + evaluationId));
		EvaluationView view = view(evaluation);
		checkAgencyEvidenceWrite(user, view, number);
		return view;
	}

	/**
	 * The rule of {@link #lockForAgencyEvidenceWrite} without the lock, for checks before a
	 * file is received.
	 */
	public void checkAgencyEvidenceWrite(CurrentUser user, EvaluationView evaluation, int number) {
		if (!user.getRole().isAgencyRole()) {
			throw RuleViolationException.forbidden("selfAssessment.error.agencyOnly");
		}
		if (evaluation.state() == EvaluationState.SELF_ASSESSMENT) {
			checkWindow(evaluation);
			return;
		}
		if (!evaluation.state().isClarification()) {
			throw RuleViolationException.conflict(evaluation.state().isReview() && evaluation.state() != EvaluationState.SUBMITTED
					? "selfAssessment.error.lockedReview" : "selfAssessment.error.locked");
		}
		ClarificationView open = clarifications.findByEvaluationIdAndClosedAtIsNull(evaluation.id())
				.map(Clarification::toView).orElseThrow(() -> RuleViolationException.conflict("selfAssessment.error.locked"));
		if (!open.includes(number)) {
			throw RuleViolationException.conflict("clarification.error.notRequested", number);
		}
		checkClarificationDeadline(open);
	}

	/**
	 * The evaluation if {@code user} may see it.
	 *
	 * @throws NotFoundException when it does not exist or is not visible to the user
	 */
	public EvaluationView require(CurrentUser user, long evaluationId) {
		Object[] found = evaluations.findForViewer(evaluationId, user.getId()).stream().findFirst()
				.filter(row -> Visibility.canSee(user, (Evaluation) row[0], () -> ((Number) row[2]).longValue() > 0))
				.orElseThrow(() -> new NotFoundException("evaluation " + evaluationId));
		return view((Evaluation) found[0], found[1] == null ? "?" : (String) found[1]);
	}

	/** Every evaluation the user may see, newest period first. */
	public List<EvaluationView> visible(CurrentUser user) {
		List<Evaluation> found = switch (user.getRole()) {
			case ADMIN -> evaluations.findAllWithPeriod();
			case AGENCY_COORDINATOR, AGENCY_OPERATOR -> evaluations.findByAgency(user.getAgencyId());
			case ASSESSOR -> evaluations.findAssignedTo(user.getId()).stream()
					.filter(e -> e.getState() != EvaluationState.SELF_ASSESSMENT).toList();
		};
		return views(found);
	}

	/**
	 * Locks the evaluation row for an agency write (level, justification, evidence, assignment,
	 * approval) until the surrounding transaction ends, after checking that the user belongs to the
	 * agency and that the evaluation is still in self-assessment.
	 *
	 * @throws NotFoundException      when the user may not see it
	 * @throws RuleViolationException FORBIDDEN for non-agency users, CONFLICT after submission
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public EvaluationView lockForAgencyWrite(CurrentUser user, long evaluationId) {
		Evaluation evaluation = evaluations.lockById(evaluationId).filter(e -> canSee(user, e))
				.orElseThrow(() -> new NotFoundException("evaluation " + evaluationId));
		EvaluationView view = view(evaluation);
		checkAgencyWrite(user, view);
		return view;
	}

	/**
	 * The rule of {@link #lockForAgencyWrite} without the lock, for checks before a write checks
	 * its input and locks (the lock checks again).
	 */
	public void checkAgencyWrite(CurrentUser user, EvaluationView evaluation) {
		if (!user.getRole().isAgencyRole()) {
			throw RuleViolationException.forbidden("selfAssessment.error.agencyOnly");
		}
		if (evaluation.state() != EvaluationState.SELF_ASSESSMENT) {
			throw RuleViolationException.conflict("selfAssessment.error.locked");
		}
		checkWindow(evaluation);
	}

	/**
	 * The one rule of when the agency writes its self-assessment: inside the period's
	 * self-assessment window, or up to the last day of an administrator's extension for this
	 * evaluation (WIB days, the one clock). Every agency write in self-assessment passes here
	 * (through {@link #checkAgencyWrite}, {@link #checkAgencyEvidenceWrite} and, for the
	 * submission, {@link AgencyWindowRule}); the refusal names the dates.
	 *
	 * @throws RuleViolationException CONFLICT before the window opens or after it closed
	 */
	public void checkWindow(EvaluationView evaluation) {
		AgencyWindow window = evaluation.window();
		if (window.open()) {
			return;
		}
		if (window.notYetOpen()) {
			throw RuleViolationException.conflict("window.error.notYetOpen", window.firstDay(), window.lastDay());
		}
		throw RuleViolationException.conflict(window.extended() ? "window.error.closedExtended" : "window.error.closed",
				window.firstDay(), window.lastDay());
	}

	/**
	 * The rule of answering a clarification: until its deadline (a WIB day, inclusive).
	 *
	 * @throws RuleViolationException CONFLICT after the deadline, naming it
	 */
	public void checkClarificationDeadline(ClarificationView open) {
		if (today().isAfter(open.deadline())) {
			throw RuleViolationException.conflict("clarification.error.deadlinePassed", open.deadline());
		}
	}

	boolean canSee(CurrentUser user, Evaluation evaluation) {
		return Visibility.canSee(user, evaluation,
				() -> assignments.existsByEvaluationIdAndAssessorId(evaluation.getId(), user.getId()));
	}

	EvaluationView view(Evaluation e) {
		return view(e, agencies.byId(e.getAgencyId()).map(AgencyView::name).orElse("?"));
	}

	/** Views of a list, with all agency names fetched in one query. */
	List<EvaluationView> views(List<Evaluation> found) {
		java.util.Map<Long, String> names = agencies.names(found.stream().map(Evaluation::getAgencyId).distinct().toList());
		return found.stream().map(e -> view(e, names.getOrDefault(e.getAgencyId(), "?"))).toList();
	}

	private EvaluationView view(Evaluation e, String agencyName) {
		EvaluationPeriod p = e.getPeriod();
		AgencyWindow window = new AgencyWindow(new DateWindow(p.getSelfAssessmentStart(), p.getSelfAssessmentEnd()),
				e.getWindowExtendedUntil(), today());
		return new EvaluationView(e.getId(), e.getAgencyId(), agencyName, p.getId(), p.getName(), p.getYear(),
				p.getInstrumentId(), e.getState(), e.getVersion(), window);
	}
}
