package id.spbe.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The SMTP server from {@code spbe.mail.*} (README "E-mail"), or none when no host is set: then
 * every message is kept in the outbox for administrators to read. Spring's own
 * {@code spring.mail.host} is not used, because an empty environment variable would still switch
 * Boot's sender on with an empty host. Connect, read and write time out after 10 seconds, so a
 * server that is down costs a sender thread seconds, never a user's request.
 */
@Component
class MailTransport {

	private static final String TIMEOUT_MS = "10000";

	private volatile JavaMailSenderImpl sender;
	private volatile InternetAddress from;

	MailTransport(@Value("${spbe.mail.host:}") String host, @Value("${spbe.mail.port:587}") int port,
			@Value("${spbe.mail.username:}") String username, @Value("${spbe.mail.password:}") String password,
			@Value("${spbe.mail.from:noreply@localhost}") String from, @Value("${spbe.mail.tls:true}") boolean tls) {
		configure(host, port, username, password, from, tls);
	}

	/** Sets the server; a blank host turns sending off. Package-private for tests that start their own server. */
	final void configure(String host, int port, String username, String password, String fromAddress, boolean tls) {
		if (host == null || host.isBlank()) {
			this.sender = null;
			return;
		}
		JavaMailSenderImpl s = new JavaMailSenderImpl();
		s.setHost(host.strip());
		s.setPort(port);
		s.setDefaultEncoding("UTF-8");
		boolean auth = username != null && !username.isBlank();
		if (auth) {
			s.setUsername(username);
			s.setPassword(password);
		}
		Properties p = s.getJavaMailProperties();
		p.put("mail.smtp.auth", String.valueOf(auth));
		p.put("mail.smtp.starttls.enable", String.valueOf(tls));
		p.put("mail.smtp.starttls.required", String.valueOf(tls));
		p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
		p.put("mail.smtp.timeout", TIMEOUT_MS);
		p.put("mail.smtp.writetimeout", TIMEOUT_MS);
		try {
			this.from = new InternetAddress(fromAddress, true);
		}
		catch (MessagingException e) {
			throw new IllegalStateException("spbe.mail.from is not an e-mail address: " + fromAddress, e);
		}
		this.sender = s;
	}

	boolean enabled() {
		return sender != null;
	}

	/** Sends one message; any failure (server down, address refused) is thrown for the outbox to record. */
	void send(StoredMail mail) throws MessagingException {
		JavaMailSenderImpl s = sender;
		if (s == null) {
			throw new MessagingException("no SMTP server configured");
		}
		MimeMessage message = s.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, mail.attachmentName() != null, "UTF-8");
		helper.setFrom(from);
		try {
			helper.setTo(new InternetAddress(mail.recipient(), HeaderText.of(mail.recipientName(), HeaderText.NAME), "UTF-8"));
		}
		catch (UnsupportedEncodingException e) {
			throw new MessagingException("UTF-8", e);
		}
		helper.setSubject(HeaderText.of(mail.subject(), HeaderText.SUBJECT));
		helper.setText(mail.body(), false);
		if (mail.attachmentName() != null) {
			helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.attachment()), mail.attachmentType());
		}
		s.send(message);
	}

	/** A message read back from the outbox for sending. */
	record StoredMail(long id, String recipient, String recipientName, String subject, String body, String attachmentName,
			String attachmentType, byte[] attachment, int attempts) {
	}
}
