package id.spbe.audit;

import id.spbe.common.AuditEvent;
import id.spbe.common.Texts;
import id.spbe.user.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stores every {@link AuditEvent} with when (the one Clock), who and from which address.
 *
 * <p>A plain synchronous {@code @EventListener}, not a transactional one: it runs in the
 * publisher's thread and transaction, so a change that rolls back takes its row with it, and a row
 * that cannot be written (a bad action name) fails the change rather than letting it pass
 * unrecorded. Without a transaction the row is written on its own. A read-only transaction cannot
 * write, and changes nothing that could roll back, so there the row gets a transaction of its own.
 */
@Component
class AuditListener {

	static final int MAX_ACTION = 64;
	static final int MAX_USERNAME = 100;
	static final int MAX_ADDRESS = 64;
	static final int MAX_OBJECT_TYPE = 40;
	static final int MAX_OBJECT_ID = 100;
	/** Longest detail kept, in characters; a longer one is cut and ends with an ellipsis. */
	static final int MAX_DETAIL = 2000;

	private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]*");

	private final AuditLog log;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;

	AuditListener(AuditLog log, Clock clock, PlatformTransactionManager transactions) {
		this.log = log;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** @throws IllegalArgumentException for an action that is not an UPPER_SNAKE name of at most 64 characters */
	@EventListener
	void on(AuditEvent event) {
		String action = event.action();
		if (action == null || action.length() > MAX_ACTION || !ACTION.matcher(action).matches()) {
			throw new IllegalArgumentException("audit action must be UPPER_SNAKE, at most 64 characters: " + action);
		}
		Long userId = null;
		String username = event.actor();
		if (username == null) {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
				username = auth.getName();
				userId = auth.getPrincipal() instanceof CurrentUser user ? user.getId() : null;
			}
		}
		AuditEntry entry = new AuditEntry(0, clock.instant(), userId, cut(Texts.line(username), MAX_USERNAME),
				cut(address(), MAX_ADDRESS), action, cut(Texts.line(event.objectType()), MAX_OBJECT_TYPE),
				cut(Texts.line(event.objectId()), MAX_OBJECT_ID), event.agencyId(),
				cut(Texts.block(event.detail()), MAX_DETAIL));
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			ownTransaction.executeWithoutResult(status -> log.append(entry));
		}
		else {
			log.append(entry);
		}
	}

	/**
	 * The current request's remote address: with {@code server.forward-headers-strategy} set, the
	 * forwarded client as Tomcat or Spring resolved it, never a header read here.
	 */
	private static String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return Texts.line(request.getRemoteAddr());
		}
		return null;
	}

	/** The text cut to {@code max} characters (code points), the last one an ellipsis when cut. */
	static String cut(String text, int max) {
		if (text == null || Texts.length(text) <= max) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
	}
}
