package id.spbe.notification;

import id.spbe.common.Wib;
import id.spbe.review.InterviewScheduled;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The invitation to an interview session, with its {@code .ics} calendar file, to the assessor
 * team, the agency's coordinators and the attendees who have an account (matched by name among
 * the agency's staff and the assessors). The event lasts two hours from the session's time (WIB).
 */
@Component
class InterviewInvitations {

	static final Duration LENGTH = Duration.ofHours(2);

	private final Recipients recipients;
	private final EvaluationFacts facts;
	private final MailTexts texts;
	private final Clock clock;
	private final String from;

	InterviewInvitations(Recipients recipients, EvaluationFacts facts, MailTexts texts, Clock clock,
			@Value("${spbe.mail.from:noreply@localhost}") String from) {
		this.recipients = recipients;
		this.facts = facts;
		this.texts = texts;
		this.clock = clock;
		this.from = from;
	}

	List<Letter> letters(InterviewScheduled e) {
		EvaluationFacts.About about = facts.about(e.evaluationId());
		EvaluationFacts.Session session = facts.session(e.sessionId());
		List<Recipient> to = Recipients.union(e.createdBy(), recipients.team(e.evaluationId()),
				recipients.coordinators(about.agencyId()), recipients.named(about.agencyId(), session.attendees()));
		List<IcsWriter.Attendee> invited = to.stream().filter(r -> r.email() != null)
				.map(r -> new IcsWriter.Attendee(r.name(), r.email())).toList();
		Instant start = session.heldAt().atZone(Wib.ZONE).toInstant();
		List<Letter> letters = new ArrayList<>();
		for (Recipient r : to) {
			String summary = texts.subject(MailKind.INTERVIEW_INVITATION, r.locale(), about.agency(), about.period());
			byte[] ics = IcsWriter.write(new IcsWriter.Event("interview-" + session.id() + "@spbe-eval", start,
					start.plus(LENGTH), clock.instant(), summary, session.medium(), about.agency() + " - " + about.period(),
					session.link(), from, invited));
			Letter letter = texts.letter(MailKind.INTERVIEW_INVITATION, about, r,
					"/evaluations/" + e.evaluationId() + "/review", MailTexts.time(session.heldAt(), r.locale()),
					session.medium(), session.link() == null ? "-" : session.link(), MailTexts.list(session.attendees()));
			letters.add(new Letter(letter.kind(), letter.evaluationId(), r, letter.subject(), letter.body(),
					new Letter.Attachment("undangan-interviu.ics", "text/calendar; charset=UTF-8", ics), null));
		}
		return letters;
	}
}
