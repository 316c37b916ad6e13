package id.spbe.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.Transitions;
import id.spbe.review.InterviewForm;
import id.spbe.review.Interviews;
import id.spbe.user.CurrentUser;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Against a real SMTP server in the test JVM (GreenMail on a free port): messages are sent after
 * the action's commit, in the recipient's language; the interview invitation carries an .ics
 * that ical4j parses; with the server down the action still succeeds, the message is FAILED with
 * its error, and the retry sends it exactly once when the server is back.
 */
@IntegrationTest
class SmtpMailTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetup.SMTP.dynamicPort());

	@Autowired
	Fixtures fixtures;
	@Autowired
	Transitions transitions;
	@Autowired
	Interviews interviews;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MailTransport transport;
	@Autowired
	OutboxSender sender;

	@AfterEach
	void noSmtp() {
		transport.configure("", 0, null, null, null, false);
	}

	@Test
	void interviewInvitationWithCalendarFileReachesTeamCoordinatorAndAttendeesWithAccounts() throws Exception {
		useGreenMail();
		Fixtures.InReview c = fixtures.inDocumentReview();
		CurrentUser lead = c.team().lead();
		settings(c.agency().coordinator(), "koordinator@uji.go.id", "id");
		settings(c.agency().operator(), "operator@uji.go.id", "en");
		settings(c.team().member(), "anggota@kampus.ac.id", "en");
		transitions.move(lead, c.id(), EvaluationAction.START_INTERVIEW, null);
		assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		smtp.purgeEmailFromAllMailboxes();

		InterviewForm form = new InterviewForm().at(LocalDate.of(2026, 1, 5), LocalTime.of(9, 0));
		form.setMedium("Zoom; ruang \"Rapat\", lantai 2");
		form.setMeetingLink("https://zoom.us/j/123");
		form.setAssessorName(List.of(c.team().member().getFullName()));
		// the operator attends by name and has an account: invited too
		form.setAgencyName(List.of(c.agency().operator().getFullName(), "Tamu Tanpa Akun"));
		interviews.create(lead, c.id(), form);

		assertThat(smtp.waitForIncomingEmail(10_000, 3)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(3);
		assertThat(Arrays.stream(received).map(m -> address(m))).containsExactlyInAnyOrder("koordinator@uji.go.id",
				"operator@uji.go.id", "anggota@kampus.ac.id");
		for (MimeMessage m : received) {
			String to = address(m);
			assertThat(m.getSubject()).startsWith(to.startsWith("koordinator") ? "Undangan penilaian interviu: Pemerintah Kota Uji"
					: "Interview invitation: Pemerintah Kota Uji");
			String ics = calendarPart(m);
			Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
			VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
			assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20260105T020000Z");
			assertThat(event.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20260105T040000Z");
			assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Zoom; ruang \"Rapat\", lantai 2");
			assertThat(event.getProperty("URL").orElseThrow().getValue()).isEqualTo("https://zoom.us/j/123");
			assertThat(event.getProperties("ATTENDEE")).hasSize(3);
			assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		}
		assertThat(jdbc.queryForList("select status from mail_outbox where evaluation_id = ? and kind = 'INTERVIEW_INVITATION'",
				String.class, c.id())).containsOnly("SENT").hasSize(3);
	}

	@Test
	void smtpDownThenUpTheActionSucceedsAndTheRetrySendsOnce() throws Exception {
		int closed;
		try (ServerSocket s = new ServerSocket(0)) {
			closed = s.getLocalPort();
		}
		transport.configure("127.0.0.1", closed, null, null, "evaluasi@spbe.go.id", false);
		Fixtures.InReview c = fixtures.inDocumentReview();
		settings(c.agency().coordinator(), "koordinator@uji.go.id", "id");
		settings(c.team().member(), "anggota@kampus.ac.id", "id");
		assertThat(transitions.move(c.team().lead(), c.id(), EvaluationAction.START_INTERVIEW, null).state())
				.isEqualTo(EvaluationState.INTERVIEW);

		List<Map<String, Object>> failed = waitFor(c.id(), "FAILED", 2);
		assertThat(failed).allSatisfy(r -> {
			assertThat(r.get("attempts")).isEqualTo(1);
			assertThat((String) r.get("last_error")).containsIgnoringCase("connect");
			assertThat(r.get("next_attempt_at")).isNotNull();
		});
		assertThat(smtp.getReceivedMessages()).isEmpty();

		// not yet due: the backoff holds the retry back
		assertThat(sender.retryDue(Instant.now())).isZero();
		useGreenMail();
		Instant later = Instant.now().plus(Duration.ofMinutes(2));
		assertThat(sender.retryDue(later)).isGreaterThanOrEqualTo(2);
		assertThat(sender.retryDue(later.plus(Duration.ofHours(1)))).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(jdbc.queryForList("select status || ':' || attempts from mail_outbox where evaluation_id = ? and kind = 'STAGE_CHANGED'"
				+ " and recipient is not null", String.class, c.id())).containsOnly("SENT:2");
	}

	@Test
	void backoffDoublesUpToSixHours() {
		assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(OutboxSender.backoff(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(OutboxSender.backoff(OutboxSender.MAX_ATTEMPTS + 5)).isEqualTo(Duration.ofHours(6));
	}

	private List<Map<String, Object>> waitFor(long evaluationId, String status, int count) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			List<Map<String, Object>> rows = jdbc.queryForList(
					"select * from mail_outbox where evaluation_id = ? and kind = 'STAGE_CHANGED' and status = ? order by id",
					evaluationId, status);
			if (rows.size() >= count) {
				return rows;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no " + count + " " + status + " messages: "
				+ jdbc.queryForList("select status, last_error from mail_outbox where evaluation_id = ?", evaluationId));
	}

	private void useGreenMail() {
		transport.configure("127.0.0.1", smtp.getSmtp().getPort(), null, null, "evaluasi@spbe.go.id", false);
	}

	private void settings(CurrentUser who, String email, String language) {
		jdbc.update("update user_account set email = ?, preferred_language = ? where id = ?", email, language, who.getId());
	}

	private static String address(MimeMessage m) {
		try {
			return ((jakarta.mail.internet.InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String calendarPart(MimeMessage m) throws Exception {
		MimeMultipart multipart = (MimeMultipart) m.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if ("undangan-interviu.ics".equals(part.getFileName())) {
				return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no calendar file in " + GreenMailUtil.getWholeMessage(m));
	}
}
