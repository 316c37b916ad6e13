package id.spbe.review;

import id.spbe.common.FormValues;
import id.spbe.evaluation.AssessorTeams;
import id.spbe.evaluation.ClarificationView;
import id.spbe.evaluation.EventView;
import id.spbe.evaluation.TeamMember;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.evaluation.Actor;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.ChangeView;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Evaluations;
import id.spbe.evaluation.Stage;
import id.spbe.evaluation.Workflow;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.ReviewStatus;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.selfassessment.SelfAssessmentService;
import id.spbe.selfassessment.Worksheet;
import id.spbe.user.CurrentUser;
import id.spbe.user.UserAccount;
import id.spbe.user.UserAccounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessors' side of an evaluation (docs/domain.md sections 1 and 4): stage levels and notes, the
 * evidence judgements, the workflow moves and clarifications. Every write locks the evaluation and
 * checks team, role and state in one transaction; pages and API both come through here.
 */
@Service
public class ReviewService {

	/** Longest stage note, recommendation or evidence-item note, in characters. */
	public static final int MAX_NOTE = 5000;

	private final EvaluationAccess access;
	private final Evaluations evaluations;
	private final Assessments assessments;
	private final InstrumentCatalog instruments;
	private final SelfAssessmentService selfAssessment;
	private final EvidenceItemReviewRepository items;
	private final InterviewSessionRepository sessions;
	private final UserAccounts users;
	private final EvidenceService evidence;
	private final AssessorTeams teams;
	private final Clock clock;

	ReviewService(EvaluationAccess access, Evaluations evaluations, Assessments assessments,
			InstrumentCatalog instruments, SelfAssessmentService selfAssessment, EvidenceItemReviewRepository items,
			InterviewSessionRepository sessions, UserAccounts users, EvidenceService evidence,
			AssessorTeams teams, Clock clock) {
		this.teams = teams;
		this.evidence = evidence;
		this.access = access;
		this.evaluations = evaluations;
		this.assessments = assessments;
		this.instruments = instruments;
		this.selfAssessment = selfAssessment;
		this.items = items;
		this.sessions = sessions;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The review of an evaluation: for its assessors and administrators at any time, for the agency
	 * once finalised.
	 *
	 * @throws NotFoundException      when the user may not see the evaluation
	 * @throws RuleViolationException FORBIDDEN for agency users before finalisation
	 */
	@Transactional(readOnly = true)
	public ReviewBoard board(CurrentUser user, long evaluationId) {
		return board(user, evaluationId, List.of());
	}

	/**
	 * As {@link #board(CurrentUser, long)}, with the names of {@code moreUsers} too (e.g. the
	 * authors of an indicator's history). Names are read for the users the pages show, in one query.
	 */
	@Transactional(readOnly = true)
	public ReviewBoard board(CurrentUser user, long evaluationId, java.util.Collection<Long> moreUsers) {
		Worksheet ws = selfAssessment.worksheet(user, evaluationId);
		requireMaySeeReview(user, ws.evaluation());
		Actor actor = access.actor(user, evaluationId);
		List<EventView> events = evaluations.events(evaluationId);
		List<ClarificationView> clarifications = evaluations.clarifications(evaluationId);
		java.util.Set<Long> shown = new java.util.HashSet<>(moreUsers);
		events.forEach(e -> shown.add(e.actorId()));
		clarifications.stream().map(ClarificationView::closedBy).forEach(shown::add);
		ws.rows().forEach(r -> {
			r.entry().stages().values().forEach(v -> shown.add(v.setBy()));
			r.evidence().forEach(e -> e.useFor(r.indicator().number()).ifPresent(u -> shown.add(u.reviewedBy())));
		});
		shown.remove(null);
		return new ReviewBoard(ws, actor, Workflow.actions(ws.evaluation().state(), actor),
				evaluations.openClarification(evaluationId), clarifications,
				sessions.findByEvaluationIdOrderByHeldAtAscIdAsc(evaluationId).stream().map(InterviewSession::toView)
						.toList(),
				users.names(shown), events,
				teams.team(evaluationId).stream().anyMatch(TeamMember::lead));
	}

	/** True when the user may open the review pages of this evaluation (visibility checked by the caller). */
	public static boolean maySeeReview(CurrentUser user, EvaluationView evaluation) {
		return !user.getRole().isAgencyRole() || evaluation.state() == EvaluationState.FINALISED;
	}

	static void requireMaySeeReview(CurrentUser user, EvaluationView evaluation) {
		if (!maySeeReview(user, evaluation)) {
			throw RuleViolationException.forbidden("review.error.notYetForAgency");
		}
	}

	/** One indicator's entry with its stage values, for those who may see the review. */
	@Transactional(readOnly = true)
	public AssessmentView entry(CurrentUser user, long evaluationId, int number) {
		requireMaySeeReview(user, access.require(user, evaluationId));
		return assessments.get(evaluationId, number);
	}

	/** The history of one indicator, newest first, for those who may see the review. */
	@Transactional(readOnly = true)
	public List<ChangeView> history(CurrentUser user, long evaluationId, int number) {
		requireMaySeeReview(user, access.require(user, evaluationId));
		return assessments.history(evaluationId, number);
	}

	/** Judgements of the instrument's evidence items for one indicator, by item code. */
	@Transactional(readOnly = true)
	public Map<String, ItemReviewView> itemReviews(CurrentUser user, long evaluationId, int number) {
		requireMaySeeReview(user, access.require(user, evaluationId));
		Map<String, ItemReviewView> byCode = new HashMap<>();
		items.findByAssessmentId(assessments.get(evaluationId, number).id())
				.forEach(r -> byCode.put(r.toView().code(), r.toView()));
		return byCode;
	}

	/**
	 * Sets the working stage's level and note for one indicator (and the recommendation in the
	 * final review), keeping the history.
	 *
	 * @param expected the stage the form was made for; null to skip the check (API)
	 * @param level    on the instrument scale; null clears the stage's own level
	 * @throws RuleViolationException BAD_INPUT for a level off the scale or texts too long;
	 *                                FORBIDDEN for anyone but the team's assessors; CONFLICT when
	 *                                the stage moved on, before the review or after finalisation
	 */
	@Transactional
	public AssessmentView saveStage(CurrentUser user, long evaluationId, int number, Stage expected,
			BigDecimal level, String note, String recommendation) {
		return saveStage(user, evaluationId, number, expected, level, note, recommendation, null);
	}

	/**
	 * As {@link #saveStage(CurrentUser, long, int, Stage, BigDecimal, String, String)}, refused
	 * when the indicator's history grew since the form was made (a colleague saved in between).
	 *
	 * @param seenChanges number of history entries the form was made with; null skips the check
	 * @throws RuleViolationException CONFLICT naming who changed it
	 */
	@Transactional
	public AssessmentView saveStage(CurrentUser user, long evaluationId, int number, Stage expected,
			BigDecimal level, String note, String recommendation, Integer seenChanges) {
		EvaluationAccess.ReviewLock lock = access.lockForReviewWrite(user, evaluationId);
		if (seenChanges != null) {
			List<ChangeView> history = assessments.history(evaluationId, number);
			if (history.size() != seenChanges) {
				throw RuleViolationException.conflict("review.error.changedMeanwhile", number,
						users.byId(history.get(0).changedBy()).map(UserAccount::getFullName).orElse("?"));
			}
		}
		Stage stage = lock.evaluation().state().workingStage().orElseThrow();
		if (expected == Stage.SELF) {
			throw RuleViolationException.badInput("review.error.notAssessorStage");
		}
		if (expected != null && expected != stage) {
			throw RuleViolationException.conflict("review.error.stageMoved", stageName(expected), stageName(stage));
		}
		InstrumentDefinition instrument = instruments.byId(lock.evaluation().instrumentId()).orElseThrow();
		instrument.indicator(number).orElseThrow(() -> new NotFoundException("indicator " + number));
		SelfAssessmentService.checkLevel(instrument, number, level);
		String cleanNote = text(note, "review.error.noteTooLong");
		String cleanRecommendation = stage == Stage.FINAL ? text(recommendation, "review.error.recommendationTooLong")
				: assessments.get(evaluationId, number).recommendation();
		return assessments.saveStage(evaluationId, number, stage, level, cleanNote, cleanRecommendation, user.getId());
	}

	/**
	 * Gives every indicator without its own level at the working stage the level it shows from
	 * the stage before, recorded as set by this assessor now.
	 *
	 * @return number of indicators set
	 */
	@Transactional
	public int carryOver(CurrentUser user, long evaluationId) {
		EvaluationAccess.ReviewLock lock = access.lockForReviewWrite(user, evaluationId);
		return assessments.carryOver(evaluationId, lock.evaluation().state().workingStage().orElseThrow(), user.getId());
	}

	/**
	 * Judges one of the instrument's evidence items (Pemdi: per-level items such as {@code I1-L2-02}).
	 *
	 * @throws RuleViolationException BAD_INPUT for an item the indicator does not have, a missing status or a long note
	 */
	@Transactional
	public void reviewItem(CurrentUser user, long evaluationId, int number, String code, ReviewStatus status,
			String note) {
		EvaluationAccess.ReviewLock lock = access.lockForReviewWrite(user, evaluationId);
		InstrumentDefinition instrument = instruments.byId(lock.evaluation().instrumentId()).orElseThrow();
		InstrumentDefinition.Indicator indicator = instrument.indicator(number)
				.orElseThrow(() -> new NotFoundException("indicator " + number));
		if (code == null || code.isBlank()) {
			throw RuleViolationException.badInput("review.error.noItem");
		}
		if (indicator.evidenceItems().stream().noneMatch(i -> i.code().equals(code))) {
			throw RuleViolationException.badInput("review.error.unknownItem", FormValues.echo(code), number);
		}
		if (status == null) {
			throw RuleViolationException.badInput("review.error.noStatus");
		}
		String cleanNote = text(note, "review.error.noteTooLong");
		long assessmentId = assessments.get(evaluationId, number).id();
		EvidenceItemReview review = items.findByAssessmentIdAndItemCode(assessmentId, code)
				.orElseGet(() -> new EvidenceItemReview(assessmentId, code));
		review.set(status, cleanNote, user.getId(), clock.instant());
		items.saveAndFlush(review);
	}

	/**
	 * Moves the evaluation by one workflow action with the rules of each: SUBMIT checks readiness
	 * (self-assessment), FINALISE needs every final level, REOPEN a reason. REQUEST_CLARIFICATION
	 * needs its input: see {@link #requestClarification}.
	 */
	@Transactional
	public EvaluationView move(CurrentUser user, long evaluationId, EvaluationAction action, String note) {
		if (action == null) {
			throw RuleViolationException.badInput("workflow.error.noAction");
		}
		if (action == EvaluationAction.SUBMIT) {
			return selfAssessment.submit(user, evaluationId, note);
		}
		return evaluations.transition(user, evaluationId, action, note);
	}

	/** Sends chosen indicators back to the agency; see {@link Evaluations#requestClarification}. */
	@Transactional
	public EvaluationView requestClarification(CurrentUser user, long evaluationId, List<Integer> numbers,
			String message, LocalDate deadline) {
		return evaluations.requestClarification(user, evaluationId, numbers, message, deadline);
	}

	/** Judges evidence used for one indicator; see {@link EvidenceService#review}. */
	public void reviewEvidence(CurrentUser user, long evaluationId, int number, long evidenceId, ReviewStatus status,
			String note) {
		evidence.review(user, evaluationId, number, evidenceId, status, note);
	}

	private static org.springframework.context.MessageSourceResolvable stageName(Stage stage) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] { "stage." + stage },
				stage.name());
	}

	static String text(String value, String tooLongKey) {
		String v = Texts.block(value);
		if (Texts.length(v) > MAX_NOTE) {
			throw RuleViolationException.badInput(tooLongKey, MAX_NOTE, Texts.length(v));
		}
		return v;
	}
}
