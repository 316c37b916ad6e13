package id.spbe.notification;

import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.WorkflowMoved;
import id.spbe.review.InterviewScheduled;
import java.sql.Connection;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns workflow moves and interview sessions into messages, in the publisher's transaction (so
 * they are stored only when the action commits): a clarification request to the agency's
 * coordinators and the assignees of its indicators, its hand-back to the assessor team, every
 * other move (finalisation apart) to coordinators and team, the interview invitation
 * ({@link InterviewInvitations}). The person who acted is not mailed about their own action.
 * The listeners run in the publisher's thread; sending happens after commit ({@link Outbox}).
 */
@Component
class WorkflowMail {

	private static final Logger log = LoggerFactory.getLogger(WorkflowMail.class);

	private final Recipients recipients;
	private final EvaluationFacts facts;
	private final MailTexts texts;
	private final Outbox outbox;
	private final InterviewInvitations invitations;
	private final JdbcTemplate jdbc;

	WorkflowMail(Recipients recipients, EvaluationFacts facts, MailTexts texts, Outbox outbox,
			InterviewInvitations invitations, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.facts = facts;
		this.texts = texts;
		this.outbox = outbox;
		this.invitations = invitations;
	}

	@EventListener
	void moved(WorkflowMoved e) {
		safely("workflow move " + e.action() + " of evaluation " + e.evaluationId(), () -> write(e));
	}

	@EventListener
	void interview(InterviewScheduled e) {
		safely("interview session " + e.sessionId(), () -> outbox.add(invitations.letters(e)));
	}

	/**
	 * Writes the messages under a savepoint of the action's own connection (the outbox is written
	 * with plain SQL, so Hibernate's state is untouched): a failure here (a bug, a row the
	 * database refuses) is logged and undone alone, so mail never fails the user's action.
	 */
	private void safely(String what, Runnable write) {
		boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
		Savepoint savepoint = inTransaction ? jdbc.execute((ConnectionCallback<Savepoint>) Connection::setSavepoint) : null;
		try {
			write.run();
		}
		catch (RuntimeException ex) {
			if (savepoint != null) {
				jdbc.execute((ConnectionCallback<Object>) c -> {
					c.rollback(savepoint);
					return null;
				});
			}
			log.error("No mail written for {}", what, ex);
			return;
		}
		if (savepoint != null) {
			jdbc.execute((ConnectionCallback<Object>) c -> {
				c.releaseSavepoint(savepoint);
				return null;
			});
		}
	}

	private void write(WorkflowMoved e) {
		EvaluationFacts.About about = facts.about(e.evaluationId());
		List<Letter> letters = new ArrayList<>();
		if (e.action() == EvaluationAction.REQUEST_CLARIFICATION) {
			EvaluationFacts.Clarification c = facts.latestClarification(e.evaluationId()).orElseThrow();
			for (Recipient to : Recipients.union(e.actorId(), recipients.coordinators(e.agencyId()),
					recipients.assignees(e.evaluationId(), c.indicators()))) {
				letters.add(texts.letter(MailKind.CLARIFICATION_REQUESTED, about, to, "/evaluations/" + e.evaluationId(),
						MailTexts.list(c.indicators()), MailTexts.day(c.deadline(), to.locale()), c.message()));
			}
		}
		else if (e.action() == EvaluationAction.HAND_BACK) {
			String indicators = facts.latestClarification(e.evaluationId()).map(c -> MailTexts.list(c.indicators())).orElse("-");
			for (Recipient to : Recipients.union(e.actorId(), recipients.team(e.evaluationId()))) {
				letters.add(texts.letter(MailKind.CLARIFICATION_ANSWERED, about, to, "/evaluations/" + e.evaluationId() + "/review",
						indicators, e.note() == null ? "-" : e.note()));
			}
		}
		else {
			MailKind kind = e.action() == EvaluationAction.FINALISE ? MailKind.FINALISED : MailKind.STAGE_CHANGED;
			for (Recipient to : Recipients.union(e.actorId(), recipients.coordinators(e.agencyId()),
					recipients.team(e.evaluationId()))) {
				letters.add(texts.letter(kind, about, to, "/evaluations/" + e.evaluationId(),
						texts.name(to.locale(), "evaluation.state." + e.from().name()),
						texts.name(to.locale(), "evaluation.state." + e.to().name()),
						texts.name(to.locale(), "workflow.action." + e.action().name()), texts.note(to.locale(), e.note())));
			}
		}
		outbox.add(letters);
	}
}
