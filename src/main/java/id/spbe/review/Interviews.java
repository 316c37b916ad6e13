package id.spbe.review;

import id.spbe.common.AuditEvent;
import id.spbe.common.WebAddress;
import id.spbe.common.Wib;
import id.spbe.common.NotFoundException;
import id.spbe.common.FormValues;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Stage;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.worksheet.Levels;
import id.spbe.user.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Interview sessions (penilaian interviu): recorded by the team's assessors while the evaluation
 * is in the interview stage; readable by whoever may see the review. A per-indicator note with a
 * level also sets that indicator's interview-stage level and note.
 */
@Service
public class Interviews {

	static final int MAX_MEDIUM = 200;
	static final int MAX_TEXT = 10_000;

	private final EvaluationAccess access;
	private final InterviewSessionRepository sessions;
	private final Assessments assessments;
	private final InstrumentCatalog instruments;
	private final Clock clock;
	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate tx;

	Interviews(EvaluationAccess access, InterviewSessionRepository sessions, Assessments assessments,
			InstrumentCatalog instruments, Clock clock, PlatformTransactionManager txManager,
			ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.access = access;
		this.sessions = sessions;
		this.assessments = assessments;
		this.instruments = instruments;
		this.clock = clock;
		this.tx = new TransactionTemplate(txManager);
	}

	/**
	 * One session of an evaluation the user may see the review of.
	 *
	 * @throws NotFoundException for an unknown session or an evaluation the user may not see
	 */
	@Transactional(readOnly = true)
	public SessionView get(CurrentUser user, long evaluationId, long sessionId) {
		ReviewBoards.requireVisible(user, access.require(user, evaluationId));
		return find(evaluationId, sessionId).toView();
	}

	/**
	 * Records a new session.
	 *
	 * @return the new session's id
	 * @throws RuleViolationException BAD_INPUT for missing or wrong details (see {@link #details});
	 *                                FORBIDDEN for anyone but the team's assessors; CONFLICT outside the interview stage
	 */
	@Transactional
	public long create(CurrentUser user, long evaluationId, InterviewForm form) {
		SessionDetails details = details(form);
		EvaluationView evaluation = lockInterview(user, evaluationId);
		InterviewSession session = new InterviewSession(evaluationId, user.getId(), clock.instant());
		session.update(details);
		long id = sessions.saveAndFlush(session).getId();
		audit("INTERVIEW_RECORDED", id, evaluation, details);
		publisher.publishEvent(new InterviewScheduled(evaluationId, id, user.getId()));
		return id;
	}

	/** Changes a session's details and attendees; rules as {@link #create}. */
	@Transactional
	public void update(CurrentUser user, long evaluationId, long sessionId, InterviewForm form) {
		SessionDetails details = details(form);
		EvaluationView evaluation = lockInterview(user, evaluationId);
		InterviewSession session = find(evaluationId, sessionId);
		session.update(details);
		sessions.saveAndFlush(session);
		audit("INTERVIEW_CHANGED", sessionId, evaluation, details);
	}

	private void audit(String action, long sessionId, EvaluationView evaluation, SessionDetails details) {
		publisher.publishEvent(AuditEvent.of(action, "interview", sessionId, evaluation.agencyId(), "evaluation "
				+ evaluation.id() + ", " + details.heldAt() + " WIB, " + details.attendees().size() + " attendees"));
	}

	/**
	 * Records what was said on one indicator in a session and, with a level, sets the indicator's
	 * interview level and note (kept in its history).
	 *
	 * @param level null keeps the interview level as it is
	 * @throws RuleViolationException BAD_INPUT for an empty note, a level off the scale or a long note
	 *                                (checked before the evaluation is locked, so bad input never holds the lock)
	 */
	public void note(CurrentUser user, long evaluationId, long sessionId, int number, BigDecimal level, String note) {
		EvaluationView seen = access.require(user, evaluationId);
		access.checkReviewWrite(user, seen);
		requireInterview(seen);
		InstrumentDefinition instrument = instruments.byId(seen.instrumentId()).orElseThrow();
		instrument.indicator(number).orElseThrow(() -> RuleViolationException.badInput("interview.error.unknownIndicator", number));
		String text = ReviewService.text(note, "review.error.noteTooLong");
		if (text == null) {
			throw RuleViolationException.badInput("interview.error.noNote", number);
		}
		Levels.check(instrument, number, level);
		tx.executeWithoutResult(s -> {
			lockInterview(user, evaluationId);
			InterviewSession session = find(evaluationId, sessionId);
			session.note(number, text);
			sessions.saveAndFlush(session);
			AssessmentView entry = assessments.get(evaluationId, number);
			assessments.saveStage(evaluationId, number, new Assessments.StageEntry(Stage.INTERVIEW,
					level != null ? level : entry.levelAt(Stage.INTERVIEW), text, entry.recommendation()), user.getId());
		});
	}

	private EvaluationView lockInterview(CurrentUser user, long evaluationId) {
		EvaluationView evaluation = access.lockForReviewWrite(user, evaluationId).evaluation();
		requireInterview(evaluation);
		return evaluation;
	}

	private static void requireInterview(EvaluationView evaluation) {
		EvaluationState state = evaluation.state();
		if (state != EvaluationState.INTERVIEW && state != EvaluationState.INTERVIEW_CLARIFICATION) {
			throw RuleViolationException.conflict("interview.error.notInterview");
		}
	}

	private InterviewSession find(long evaluationId, long sessionId) {
		return sessions.findByIdAndEvaluationId(sessionId, evaluationId)
				.orElseThrow(() -> new NotFoundException("interview session " + sessionId));
	}

	/**
	 * Checks the form: a date (YYYY-MM-DD) from 2018 to a year ahead and a time; a medium; a place up to
	 * 200 characters or none; an http(s) meeting link or none; the attendees of each side by
	 * {@link AttendeeRows}; findings and recommendations up to 10,000.
	 *
	 * @throws RuleViolationException BAD_INPUT naming the first problem
	 */
	SessionDetails details(InterviewForm f) {
		LocalDate day = f.day();
		if (day == null) {
			throw RuleViolationException.badInput("interview.error.noDate");
		}
		LocalTime hour = f.hour();
		if (hour == null) {
			throw RuleViolationException.badInput("interview.error.noTime");
		}
		LocalDate latest = access.today().plusYears(1);
		if (day.isBefore(Wib.EARLIEST) || day.isAfter(latest)) {
			throw RuleViolationException.badInput("interview.error.dateRange", day, Wib.EARLIEST, latest);
		}
		String medium = clean(f.getMedium());
		if (medium == null) {
			throw RuleViolationException.badInput("interview.error.noMedium");
		}
		if (Texts.length(medium) > MAX_MEDIUM) {
			throw RuleViolationException.badInput("interview.error.tooLong", MAX_MEDIUM, field("interview.medium"));
		}
		String link = clean(f.getMeetingLink());
		if (link != null && !WebAddress.isValid(link)) {
			throw RuleViolationException.badInput("interview.error.link", FormValues.echo(link));
		}
		String place = clean(f.getPlace());
		if (place != null && Texts.length(place) > MAX_MEDIUM) {
			throw RuleViolationException.badInput("interview.error.tooLong", MAX_MEDIUM, field("interview.place"));
		}
		List<SessionView.Attendee> attendees = new ArrayList<>();
		for (AttendeeRows.Result side : f.attendeeRows()) {
			if (!side.problems().isEmpty()) {
				AttendeeRows.Problem first = side.problems().get(0);
				throw RuleViolationException.badInput(first.key(), first.args());
			}
			attendees.addAll(side.attendees());
		}
		return new SessionDetails(LocalDateTime.of(day, hour.withSecond(0).withNano(0)), place, medium, link,
				longText(f.getFindings(), "interview.findings"), longText(f.getRecommendations(), "interview.recommendations"),
				attendees);
	}

	private static org.springframework.context.MessageSourceResolvable field(String labelKey) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(labelKey);
	}

	private static String longText(String value, String labelKey) {
		String v = Texts.block(value);
		if (Texts.length(v) > MAX_TEXT) {
			throw RuleViolationException.badInput("interview.error.tooLong", MAX_TEXT, field(labelKey));
		}
		return v;
	}

	private static String clean(String value) {
		return Texts.line(value);
	}
}
