package id.spbe.evaluation;

import id.spbe.common.AuditEvent;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.user.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator moves the last day of one agency's self-assessment window, with a reason: the
 * new day is kept on the evaluation (so every write check reads it with the row), each extension
 * in {@code window_extension} and in the audit log.
 */
@Service
@Transactional(readOnly = true)
class WindowExtensions {

	static final int MAX_REASON = 2000;
	/** The longest extension from today: longer would leave the period's review waiting for good. */
	static final int MAX_DAYS = 180;

	private final EvaluationRepository evaluations;
	private final WindowExtensionRepository extensions;
	private final EvaluationAccess access;
	private final ApplicationEventPublisher audit;
	private final Clock clock;

	WindowExtensions(EvaluationRepository evaluations, WindowExtensionRepository extensions, EvaluationAccess access,
			ApplicationEventPublisher audit, Clock clock) {
		this.evaluations = evaluations;
		this.extensions = extensions;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every extension of the evaluation, newest first. */
	List<WindowExtension.ExtensionView> history(long evaluationId) {
		return extensions.findByEvaluationIdOrderByExtendedAtDescIdDesc(evaluationId).stream()
				.map(WindowExtension::toView).toList();
	}

	/**
	 * Lets the agency write its self-assessment until {@code until} (inclusive, WIB).
	 *
	 * @throws RuleViolationException FORBIDDEN for non-admins; CONFLICT once submitted; BAD_INPUT
	 *                                without a reason or a day, for a day before today, not after
	 *                                the period's own last day, or more than {@link #MAX_DAYS} ahead
	 */
	@Transactional
	public EvaluationView extend(CurrentUser admin, long evaluationId, LocalDate until, String reason) {
		Periods.requireAdmin(admin);
		String why = Texts.block(reason);
		if (until == null) {
			throw RuleViolationException.badInput("extension.error.noDate");
		}
		if (why == null) {
			throw RuleViolationException.badInput("extension.error.noReason");
		}
		if (Texts.length(why) > MAX_REASON) {
			throw RuleViolationException.badInput("extension.error.reasonTooLong", MAX_REASON);
		}
		Evaluation evaluation = evaluations.lockById(evaluationId)
				.orElseThrow(() -> new NotFoundException("evaluation " + evaluationId));
		EvaluationView view = access.view(evaluation);
		if (view.state() != EvaluationState.SELF_ASSESSMENT) {
			throw RuleViolationException.conflict("extension.error.submitted");
		}
		LocalDate today = access.today();
		LocalDate periodEnd = view.window().period().to();
		if (until.isBefore(today)) {
			throw RuleViolationException.badInput("extension.error.past", until, today);
		}
		if (periodEnd != null && !until.isAfter(periodEnd)) {
			throw RuleViolationException.badInput("extension.error.notLater", until, periodEnd);
		}
		if (until.isAfter(today.plusDays(MAX_DAYS))) {
			throw RuleViolationException.badInput("extension.error.tooFar", until, MAX_DAYS);
		}
		LocalDate previous = view.window().lastDay();
		evaluation.extendWindow(until);
		extensions.save(new WindowExtension(evaluationId, until, previous, why, admin.getId(), clock.instant()));
		evaluations.flush();
		audit.publishEvent(AuditEvent.of("WINDOW_EXTENDED", "evaluation", evaluationId, view.agencyId(),
				Periods.clip(previous + " -> " + until + ": " + why)));
		return access.view(evaluations.findWithPeriod(evaluationId).orElseThrow());
	}
}
