package id.spbe.evaluation;

import id.spbe.agency.Agencies;
import id.spbe.agency.Agency;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and change which evaluation. Every read of an evaluation by id goes through here, so
 * an evaluation the caller may not see is indistinguishable from one that does not exist (404).
 * Admins see all; agency users their own agency's; assessors only evaluations whose team they are
 * on ({@link AssessorTeams}).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationAccess {

	private final EvaluationRepository evaluations;
	private final AssessorAssignmentRepository assignments;
	private final Agencies agencies;

	EvaluationAccess(EvaluationRepository evaluations, AssessorAssignmentRepository assignments, Agencies agencies) {
		this.evaluations = evaluations;
		this.assignments = assignments;
		this.agencies = agencies;
	}

	/**
	 * The evaluation if {@code user} may see it.
	 *
	 * @throws NotFoundException when it does not exist or is not visible to the user
	 */
	public EvaluationView require(CurrentUser user, long evaluationId) {
		Evaluation evaluation = evaluations.findWithPeriod(evaluationId).filter(e -> canSee(user, e))
				.orElseThrow(() -> new NotFoundException("evaluation " + evaluationId));
		return view(evaluation);
	}

	/** Every evaluation the user may see, newest period first. */
	public List<EvaluationView> visible(CurrentUser user) {
		List<Evaluation> found = switch (user.getRole()) {
			case ADMIN -> evaluations.findAllWithPeriod();
			case AGENCY_COORDINATOR, AGENCY_OPERATOR -> evaluations.findByAgency(user.getAgencyId());
			case ASSESSOR -> evaluations.findAssignedTo(user.getId());
		};
		return views(found);
	}

	/**
	 * Locks the evaluation row for an agency write (level, justification, evidence, assignment,
	 * approval) until the surrounding transaction ends, after checking that the user belongs to the
	 * agency and that the evaluation is still in self-assessment.
	 *
	 * @throws NotFoundException      when the user may not see it
	 * @throws RuleViolationException FORBIDDEN for non-agency users, CONFLICT after submission
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public EvaluationView lockForAgencyWrite(CurrentUser user, long evaluationId) {
		Evaluation evaluation = evaluations.lockById(evaluationId).filter(e -> canSee(user, e))
				.orElseThrow(() -> new NotFoundException("evaluation " + evaluationId));
		if (!user.getRole().isAgencyRole()) {
			throw RuleViolationException.forbidden("selfAssessment.error.agencyOnly");
		}
		if (evaluation.getState() != EvaluationState.SELF_ASSESSMENT) {
			throw RuleViolationException.conflict("selfAssessment.error.locked");
		}
		return view(evaluation);
	}

	boolean canSee(CurrentUser user, Evaluation evaluation) {
		if (user.getRole() == Role.ADMIN) {
			return true;
		}
		if (user.getRole().isAgencyRole()) {
			return user.getAgencyId() != null && user.getAgencyId() == evaluation.getAgencyId();
		}
		return user.getRole() == Role.ASSESSOR
				&& assignments.existsByEvaluationIdAndAssessorId(evaluation.getId(), user.getId());
	}

	EvaluationView view(Evaluation e) {
		return view(e, agencies.byId(e.getAgencyId()).map(Agency::getName).orElse("?"));
	}

	/** Views of a list, with all agency names fetched in one query. */
	List<EvaluationView> views(List<Evaluation> found) {
		java.util.Map<Long, String> names = agencies.names(found.stream().map(Evaluation::getAgencyId).distinct().toList());
		return found.stream().map(e -> view(e, names.getOrDefault(e.getAgencyId(), "?"))).toList();
	}

	private static EvaluationView view(Evaluation e, String agencyName) {
		EvaluationPeriod p = e.getPeriod();
		return new EvaluationView(e.getId(), e.getAgencyId(), agencyName, p.getId(), p.getName(), p.getYear(),
				p.getInstrumentId(), e.getState(), e.getVersion());
	}
}
