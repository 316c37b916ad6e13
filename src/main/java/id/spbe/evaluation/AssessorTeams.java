package id.spbe.evaluation;

import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.user.UserView;
import id.spbe.user.UserAccounts;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessor team of each evaluation (administrators assign; docs/domain.md section 5). Assessors see
 * only the evaluations they are assigned to; see {@link EvaluationAccess}.
 */
@Service
@Transactional(readOnly = true)
public class AssessorTeams {

	private final AssessorAssignmentRepository assignments;
	private final EvaluationRepository evaluations;
	private final UserAccounts users;
	private final Clock clock;

	AssessorTeams(AssessorAssignmentRepository assignments, EvaluationRepository evaluations, UserAccounts users,
			Clock clock) {
		this.assignments = assignments;
		this.evaluations = evaluations;
		this.users = users;
		this.clock = clock;
	}

	/** The team, lead first. */
	public List<TeamMember> team(long evaluationId) {
		return assignments.findByEvaluationIdOrderByLeadDescIdAsc(evaluationId).stream().map(AssessorAssignment::toView)
				.toList();
	}

	/**
	 * Adds an assessor to the team, or changes whether they lead; a new lead replaces the old one.
	 *
	 * @throws RuleViolationException FORBIDDEN for non-admins, BAD_INPUT for a user who is not an assessor
	 * @throws NotFoundException      for an unknown evaluation
	 */
	@Transactional
	public void assign(CurrentUser admin, long evaluationId, long assessorId, boolean lead) {
		requireAdmin(admin);
		evaluations.findById(evaluationId).orElseThrow(() -> new NotFoundException("evaluation " + evaluationId));
		UserView assessor = users.byId(assessorId).filter(u -> u.role() == Role.ASSESSOR)
				.orElseThrow(() -> RuleViolationException.badInput("team.error.notAnAssessor"));
		if (lead) {
			assignments.findByEvaluationIdOrderByLeadDescIdAsc(evaluationId).stream()
					.filter(a -> a.lead() && a.assessorId() != assessor.id()).forEach(a -> a.setLead(false));
			assignments.flush();
		}
		assignments.findByEvaluationIdAndAssessorId(evaluationId, assessorId).ifPresentOrElse(a -> a.setLead(lead),
				() -> assignments.save(new AssessorAssignment(evaluationId, assessorId, lead, admin.getId(), clock.instant())));
		assignments.flush();
	}

	/** Takes an assessor off the team. */
	@Transactional
	public void remove(CurrentUser admin, long evaluationId, long assessorId) {
		requireAdmin(admin);
		assignments.findByEvaluationIdAndAssessorId(evaluationId, assessorId).ifPresent(assignments::delete);
	}

	private static void requireAdmin(CurrentUser user) {
		if (user.getRole() != Role.ADMIN) {
			throw RuleViolationException.forbidden("team.error.adminOnly");
		}
	}
}
