package id.spbe.operations;

import id.spbe.common.AuditEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counters of what the deadline crunch is made of, for Prometheus: submissions and failed sign-ins,
 * read from the audit events every module already publishes, so that no call site counts for
 * itself. Counted after commit: a submission that rolled back did not happen. (Evidence uploads are
 * counted where the file is kept with its row, {@code evidence.FileReception}: uploads publish no
 * audit event.)
 */
@Component
class ActivityCounters {

	static final String SUBMISSIONS = "spbe.submissions";
	static final String SIGN_IN_FAILURES = "spbe.signin.failures";

	private final Counter submissions;
	private final Counter signInFailures;

	ActivityCounters(MeterRegistry meters) {
		this.submissions = Counter.builder(SUBMISSIONS).description("Self-assessments submitted").register(meters);
		this.signInFailures = Counter.builder(SIGN_IN_FAILURES)
				.description("Failed sign-ins (pages and API; wrong password, unknown user, locked, throttled)")
				.register(meters);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(AuditEvent event) {
		switch (event.action()) {
			case "WORKFLOW_SUBMIT" -> submissions.increment();
			case "SIGN_IN_FAILED" -> signInFailures.increment();
			default -> {
			}
		}
	}
}
