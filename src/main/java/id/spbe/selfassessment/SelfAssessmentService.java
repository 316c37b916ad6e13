package id.spbe.selfassessment;

import id.spbe.common.AuditEvent;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EditRules;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationView;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.worksheet.Levels;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agency's writes of the self-assessment (penilaian mandiri): levels and justifications,
 * assignment and approval. Every write locks the evaluation and checks role, ownership and state
 * in one transaction; pages and API both come through here. Reading is
 * {@link id.spbe.worksheet.Worksheets}; submitting is a workflow move ({@link SubmissionReadiness}).
 */
@Service
class SelfAssessmentService {

	/** Longest justification accepted, in characters. */
	static final int MAX_JUSTIFICATION = 10_000;

	private final EvaluationAccess access;
	private final Assessments assessments;
	private final InstrumentCatalog instruments;
	private final Assignees assignees;
	private final ApplicationEventPublisher audit;

	private final TransactionTemplate tx;

	SelfAssessmentService(EvaluationAccess access, Assessments assessments, InstrumentCatalog instruments,
			Assignees assignees, ApplicationEventPublisher audit, PlatformTransactionManager txManager) {
		this.access = access;
		this.audit = audit;
		this.assessments = assessments;
		this.instruments = instruments;
		this.assignees = assignees;
		this.tx = new TransactionTemplate(txManager);
	}

	/** A save of the agency's entry: the level (null clears), the justification, the version the user started from (null: no check). */
	record EntryChange(BigDecimal level, String justification, Long expectedVersion) {
	}

	/** Whom a coordinator assigns indicators to: an operator and/or a unit (both null: unassign). */
	record Assignment(List<Integer> numbers, Long operatorId, Long unitId) {
	}

	/**
	 * Saves the agency's level and justification for one indicator. Who may write and the level
	 * and text are checked before the evaluation is locked, so bad input never holds the lock; the
	 * write runs in its own transaction, which reads the evaluation afresh under the lock.
	 *
	 * @throws RuleViolationException BAD_INPUT for a level outside the scale, a fraction on a
	 *                                whole-level instrument or a justification over the limit;
	 *                                FORBIDDEN/CONFLICT from the access rules
	 * @throws id.spbe.evaluation.ConcurrentEditException when someone saved in between
	 */
	AssessmentView save(CurrentUser user, long evaluationId, int number, EntryChange change) {
		EvaluationView seen = access.require(user, evaluationId);
		access.checkAgencyWrite(user, seen);
		InstrumentDefinition instrument = instruments.byId(seen.instrumentId()).orElseThrow();
		Levels.check(instrument, number, change.level());
		String text = justification(change.justification(), number);
		return tx.execute(s -> {
			access.lockForAgencyWrite(user, evaluationId);
			EditRules.requireMayEdit(user, assessments.get(evaluationId, number));
			return assessments.saveSelf(evaluationId, number,
					new Assessments.SelfEntry(change.level(), text, change.expectedVersion()), user.getId());
		});
	}

	/** The justification as stored, refused when over {@link #MAX_JUSTIFICATION} characters. */
	static String justification(String typed, int number) {
		String text = Texts.block(typed);
		if (Texts.length(text) > MAX_JUSTIFICATION) {
			throw RuleViolationException.badInput("selfAssessment.error.justificationTooLong", number,
					MAX_JUSTIFICATION, Texts.length(text));
		}
		return text;
	}

	/** Assigns indicators to an operator and/or a unit of the agency (coordinator only). */
	@Transactional
	void assign(CurrentUser user, long evaluationId, Assignment assignment) {
		EvaluationView evaluation = access.lockForAgencyWrite(user, evaluationId);
		requireCoordinator(user);
		if (assignment.numbers() == null || assignment.numbers().isEmpty()) {
			throw RuleViolationException.badInput("selfAssessment.error.noIndicatorChosen");
		}
		Long operatorId = assignment.operatorId();
		Long unitId = assignment.unitId();
		if (operatorId != null && assignees.operators(evaluation.agencyId()).stream()
				.noneMatch(u -> u.id() == operatorId)) {
			throw RuleViolationException.badInput("selfAssessment.error.unknownOperator");
		}
		if (unitId != null && assignees.units(evaluation.agencyId()).stream().noneMatch(u -> u.id() == unitId)) {
			throw RuleViolationException.badInput("selfAssessment.error.unknownUnit");
		}
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		for (Integer number : assignment.numbers()) {
			// a value from a national index is nobody's work: assigned, it would wait on the assignee's list forever
			if (instrument.indicator(number).filter(InstrumentDefinition.Indicator::isExternal).isPresent()) {
				throw RuleViolationException.badInput("selfAssessment.error.externalNotAssigned", number);
			}
		}
		for (Integer number : assignment.numbers()) {
			assessments.assign(evaluationId, number, operatorId, unitId, user.getId());
		}
	}

	/** Approves an indicator's entry (coordinator only); it needs a level and a justification. */
	@Transactional
	AssessmentView approve(CurrentUser user, long evaluationId, int number, Long seenVersion) {
		EvaluationView evaluation = access.lockForAgencyWrite(user, evaluationId);
		requireCoordinator(user);
		AssessmentView entry = assessments.get(evaluationId, number);
		if (!approvable(entry)) {
			throw RuleViolationException.badInput("selfAssessment.error.approveIncomplete", number);
		}
		return approveLocked(user, evaluation, number, seenVersion, "");
	}

	/** True when an entry has what an approval needs: a level and a justification. */
	static boolean approvable(AssessmentView entry) {
		return entry.selfLevel() != null && entry.justification() != null;
	}

	/**
	 * The approval itself, for a caller holding the evaluation's lock as coordinator (the single
	 * approval and {@link BulkApprovals}): approved and reported to the audit log.
	 *
	 * @param how added to the audit detail (how the approval was given), or ""
	 * @throws id.spbe.evaluation.ConcurrentEditException when the entry is no longer at {@code seenVersion}
	 */
	AssessmentView approveLocked(CurrentUser user, EvaluationView evaluation, int number, Long seenVersion, String how) {
		AssessmentView approved = assessments.approve(evaluation.id(), number, seenVersion, user.getId());
		audit.publishEvent(AuditEvent.of("ENTRY_APPROVED", "evaluation", evaluation.id(), evaluation.agencyId(),
				"indicator " + number + ", version " + approved.version() + how));
		return approved;
	}

	/** Refuses anyone but the agency's coordinator. */
	static void requireCoordinator(CurrentUser user) {
		if (user.getRole() != Role.AGENCY_COORDINATOR) {
			throw RuleViolationException.forbidden("selfAssessment.error.coordinatorOnly");
		}
	}
}
