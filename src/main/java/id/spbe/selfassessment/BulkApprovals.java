package id.spbe.selfassessment;

import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationView;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coordinator approves many entries at once (page and API): each entry as it was shown, named
 * by the entry version the coordinator saw. An entry changed since is refused and the others are
 * still approved, since the coordinator checked those; a request that is itself wrong (no entry,
 * an indicator the instrument does not have, more entries than it has, someone other than the
 * coordinator, outside the window) approves nothing. Each approval is the single approval's
 * ({@link SelfAssessmentService#approveLocked}), audit event included.
 */
@Service
class BulkApprovals {

	private final EvaluationAccess access;
	private final Assessments assessments;
	private final InstrumentCatalog instruments;
	private final SelfAssessmentService single;
	private final TransactionTemplate tx;

	BulkApprovals(EvaluationAccess access, Assessments assessments, InstrumentCatalog instruments,
			SelfAssessmentService single, PlatformTransactionManager txManager) {
		this.access = access;
		this.assessments = assessments;
		this.instruments = instruments;
		this.single = single;
		this.tx = new TransactionTemplate(txManager);
	}

	/** Why an entry was not approved. */
	enum Reason {
		/** Changed since it was shown (another version now). */
		CHANGED,
		/** No level or no justification. */
		INCOMPLETE,
		/** Someone approved it meanwhile; left as it is. */
		ALREADY_APPROVED
	}

	/** An entry not approved: its indicator, why, the version shown and the version stored now. */
	record Refusal(int number, Reason reason, long shown, long current) implements Serializable {
	}

	/** What a bulk approval did, both lists by indicator number. */
	record Result(List<Integer> approved, List<Refusal> refused) implements Serializable {

		/** The approved indicators' numbers as the page lists them ("3, 5"). */
		public String approvedNumbers() {
			return String.join(", ", approved.stream().map(String::valueOf).toList());
		}
	}

	/**
	 * Approves every entry of {@code shown} still at the version shown.
	 *
	 * @param shown indicator number to the entry version the coordinator saw
	 * @throws RuleViolationException FORBIDDEN for anyone but the coordinator, CONFLICT outside the
	 *                                self-assessment or its window, BAD_INPUT for an empty request,
	 *                                an unknown indicator or more entries than the instrument has;
	 *                                then nothing is approved
	 */
	Result approve(CurrentUser user, long evaluationId, Map<Integer, Long> shown) {
		// who may approve, then the request, are checked before the lock
		EvaluationView seen = access.require(user, evaluationId);
		access.checkAgencyWrite(user, seen);
		SelfAssessmentService.requireCoordinator(user);
		check(instruments.byId(seen.instrumentId()).orElseThrow(), shown);
		return tx.execute(s -> {
			EvaluationView evaluation = access.lockForAgencyWrite(user, evaluationId);
			List<Integer> approved = new ArrayList<>();
			List<Refusal> refused = new ArrayList<>();
			new TreeMap<>(shown).forEach((number, version) -> {
				AssessmentView entry = assessments.get(evaluationId, number);
				Reason reason = entry.version() != version ? Reason.CHANGED
						: !SelfAssessmentService.approvable(entry) ? Reason.INCOMPLETE
						: entry.approved() ? Reason.ALREADY_APPROVED : null;
				if (reason == null) {
					single.approveLocked(user, evaluation, number, version, " (bulk)");
					approved.add(number);
				}
				else {
					refused.add(new Refusal(number, reason, version, entry.version()));
				}
			});
			return new Result(approved, refused);
		});
	}

	private static void check(InstrumentDefinition instrument, Map<Integer, Long> shown) {
		if (shown == null || shown.isEmpty()) {
			throw RuleViolationException.badInput("approvals.error.none");
		}
		int count = instrument.allIndicators().size();
		if (shown.size() > count) {
			throw RuleViolationException.badInput("approvals.error.tooMany", shown.size(), count);
		}
		for (Map.Entry<Integer, Long> e : shown.entrySet()) {
			if (instrument.indicator(e.getKey()).isEmpty()) {
				throw RuleViolationException.badInput("approvals.error.unknownIndicator", e.getKey());
			}
			if (e.getValue() == null || e.getValue() < 0) {
				throw RuleViolationException.badInput("approvals.error.version", e.getKey());
			}
		}
	}
}
