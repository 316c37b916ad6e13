package id.spbe.evaluation;

import id.spbe.common.AuditEvent;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.TeamChangeView.Kind;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.user.UserView;
import id.spbe.user.UserAccounts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessor team of each evaluation (administrators assign; docs/domain.md section 5). Assessors see
 * only the evaluations they are assigned to; see {@link EvaluationAccess}. The team decides who may
 * read an evaluation, so every change is recorded ({@link TeamChangeView}) and, like every other
 * write, refused once the evaluation is finalised: it must be reopened first.
 */
@Service
@Transactional(readOnly = true)
public class AssessorTeams {

	private final AssessorAssignmentRepository assignments;
	private final TeamChangeRepository changes;
	private final EvaluationRepository evaluations;
	private final UserAccounts users;
	private final Clock clock;
	private final ApplicationEventPublisher publisher;

	AssessorTeams(AssessorAssignmentRepository assignments, TeamChangeRepository changes,
			EvaluationRepository evaluations, UserAccounts users, Clock clock, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.assignments = assignments;
		this.changes = changes;
		this.evaluations = evaluations;
		this.users = users;
		this.clock = clock;
	}

	/** The team, lead first. */
	public List<TeamMember> team(long evaluationId) {
		return assignments.findByEvaluationIdOrderByLeadDescIdAsc(evaluationId).stream().map(AssessorAssignment::toView)
				.toList();
	}

	/** Every change of the team, oldest first. */
	public List<TeamChangeView> changes(long evaluationId) {
		return changes.findByEvaluationIdOrderByAtAscIdAsc(evaluationId).stream().map(TeamChange::toView).toList();
	}

	/** True while the team may change: until the evaluation is finalised (again after it is reopened). */
	public boolean mayChange(EvaluationView evaluation) {
		return mayChange(evaluation.state());
	}

	/**
	 * Adds an assessor to the team, or changes whether they lead; a new lead replaces the old one.
	 * Each assessor whose place changes gets a recorded change; a request that changes nothing
	 * records nothing.
	 *
	 * @throws RuleViolationException FORBIDDEN for non-admins, CONFLICT once finalised, BAD_INPUT
	 *                                for a user who is not an assessor
	 * @throws NotFoundException      for an unknown evaluation
	 */
	@Transactional
	public void assign(CurrentUser admin, long evaluationId, long assessorId, boolean lead) {
		requireAdmin(admin);
		Evaluation evaluation = lockChangeable(evaluationId);
		UserView assessor = users.byId(assessorId).filter(u -> u.role() == Role.ASSESSOR)
				.orElseThrow(() -> RuleViolationException.badInput("team.error.notAnAssessor"));
		Instant now = clock.instant();
		List<AssessorAssignment> team = assignments.findByEvaluationIdOrderByLeadDescIdAsc(evaluationId);
		if (lead) {
			team.stream().filter(a -> a.lead() && a.assessorId() != assessor.id()).forEach(a -> {
				a.setLead(false);
				record(admin, evaluation, now, a.assessorId(), Kind.MADE_MEMBER);
			});
			// the old lead's row must be written before the new one: one lead at most (uq_assessor_lead)
			assignments.flush();
		}
		Optional<AssessorAssignment> member = team.stream().filter(a -> a.assessorId() == assessorId).findFirst();
		if (member.isEmpty()) {
			assignments.save(new AssessorAssignment(evaluationId, assessorId, lead, admin.getId(), now));
			record(admin, evaluation, now, assessorId, lead ? Kind.ADDED_LEAD : Kind.ADDED_MEMBER);
		}
		else if (member.get().lead() != lead) {
			member.get().setLead(lead);
			record(admin, evaluation, now, assessorId, lead ? Kind.MADE_LEAD : Kind.MADE_MEMBER);
		}
		assignments.flush();
	}

	/**
	 * Takes an assessor off the team, recorded as a change; nothing happens for someone not on it.
	 *
	 * @throws RuleViolationException FORBIDDEN for non-admins, CONFLICT once finalised
	 * @throws NotFoundException      for an unknown evaluation
	 */
	@Transactional
	public void remove(CurrentUser admin, long evaluationId, long assessorId) {
		requireAdmin(admin);
		Evaluation evaluation = lockChangeable(evaluationId);
		assignments.findByEvaluationIdAndAssessorId(evaluationId, assessorId).ifPresent(a -> {
			assignments.delete(a);
			record(admin, evaluation, clock.instant(), assessorId, Kind.REMOVED);
		});
	}

	/**
	 * Makes the team exactly {@code leadId} (or no lead when null) and {@code memberIds}: others are
	 * taken off, newcomers added, places changed, each recorded as {@link #assign} and
	 * {@link #remove} record them. Used by the CSV import and the copy from another period, in
	 * their transaction: one refusal undoes the whole file.
	 *
	 * @throws RuleViolationException as {@link #assign}
	 */
	@Transactional
	public void setTeam(CurrentUser admin, long evaluationId, Long leadId, java.util.Collection<Long> memberIds) {
		requireAdmin(admin);
		Evaluation evaluation = lockChangeable(evaluationId);
		java.util.Set<Long> keep = new java.util.HashSet<>(memberIds);
		if (leadId != null) {
			keep.add(leadId);
		}
		Instant now = clock.instant();
		for (AssessorAssignment a : assignments.findByEvaluationIdOrderByLeadDescIdAsc(evaluationId)) {
			if (!keep.contains(a.assessorId())) {
				assignments.delete(a);
				record(admin, evaluation, now, a.assessorId(), Kind.REMOVED);
			}
		}
		assignments.flush();
		if (leadId != null) {
			assign(admin, evaluationId, leadId, true);
		}
		for (Long member : memberIds) {
			if (!member.equals(leadId)) {
				assign(admin, evaluationId, member, false);
			}
		}
	}

	/** How many evaluations got a team, and why the others did not. */
	record Copied(int copied, int hadTeam, int noTeamBefore) {
	}

	/**
	 * Copies the teams of {@code fromPeriod} into {@code toPeriod}: each evaluation of the new period
	 * without a team gets the team its agency had in the old one (assessors who are no longer
	 * assessors left out); evaluations that have a team keep it.
	 */
	@Transactional
	Copied copy(CurrentUser admin, long fromPeriod, long toPeriod) {
		requireAdmin(admin);
		java.util.Set<Long> assessors = new java.util.HashSet<>();
		users.list().stream().filter(u -> u.role() == Role.ASSESSOR && u.enabled()).forEach(u -> assessors.add(u.id()));
		java.util.Map<Long, Long> before = new java.util.HashMap<>();
		evaluations.findByPeriod(fromPeriod).forEach(e -> before.put(e.getAgencyId(), e.getId()));
		int copied = 0;
		int hadTeam = 0;
		int none = 0;
		for (Evaluation target : evaluations.findByPeriod(toPeriod)) {
			Long source = before.get(target.getAgencyId());
			List<AssessorAssignment> old = source == null ? List.of()
					: assignments.findByEvaluationIdOrderByLeadDescIdAsc(source).stream()
							.filter(a -> assessors.contains(a.assessorId())).toList();
			if (!assignments.findByEvaluationIdOrderByLeadDescIdAsc(target.getId()).isEmpty()) {
				hadTeam++;
			}
			else if (old.isEmpty()) {
				none++;
			}
			else {
				Long lead = old.stream().filter(AssessorAssignment::lead).map(AssessorAssignment::assessorId).findFirst()
						.orElse(null);
				setTeam(admin, target.getId(), lead, old.stream().map(AssessorAssignment::assessorId)
						.filter(id -> !id.equals(lead)).toList());
				copied++;
			}
		}
		return new Copied(copied, hadTeam, none);
	}

	/** One assessor's evaluations in a period, counted by state, and how many of them they lead. */
	record Workload(UserView assessor, java.util.Map<EvaluationState, Long> byState, long leads, long total) {

		public long in(EvaluationState state) {
			return byState.getOrDefault(state, 0L);
		}
	}

	/** Every assessor's workload in the period (those with none too), the busiest first. */
	List<Workload> workload(long periodId) {
		java.util.Map<Long, java.util.Map<EvaluationState, Long>> states = new java.util.HashMap<>();
		java.util.Map<Long, Long> leads = new java.util.HashMap<>();
		for (Object[] row : assignments.statesInPeriod(periodId)) {
			long assessor = (Long) row[0];
			states.computeIfAbsent(assessor, k -> new java.util.EnumMap<>(EvaluationState.class))
					.merge((EvaluationState) row[2], 1L, Long::sum);
			if ((Boolean) row[1]) {
				leads.merge(assessor, 1L, Long::sum);
			}
		}
		return users.list().stream().filter(u -> u.role() == Role.ASSESSOR).map(u -> {
			java.util.Map<EvaluationState, Long> by = states.getOrDefault(u.id(), java.util.Map.of());
			return new Workload(u, by, leads.getOrDefault(u.id(), 0L), by.values().stream().mapToLong(Long::longValue).sum());
		}).sorted(java.util.Comparator.comparingLong(Workload::total).reversed()
				.thenComparing(w -> w.assessor().fullName())).toList();
	}

	// under the row lock a team change and a finalisation or reopening never interleave
	private Evaluation lockChangeable(long evaluationId) {
		Evaluation evaluation = evaluations.lockById(evaluationId)
				.orElseThrow(() -> new NotFoundException("evaluation " + evaluationId));
		if (!mayChange(evaluation.getState())) {
			throw RuleViolationException.conflict("team.error.finalised");
		}
		return evaluation;
	}

	private static boolean mayChange(EvaluationState state) {
		return state != EvaluationState.FINALISED;
	}

	private void record(CurrentUser admin, Evaluation evaluation, Instant at, long assessorId, Kind kind) {
		changes.save(new TeamChange(evaluation.getId(), at, admin.getId(), assessorId, kind));
		String assessor = users.byId(assessorId).map(UserView::username).orElse("?");
		publisher.publishEvent(AuditEvent.of(auditAction(kind), "evaluation", evaluation.getId(),
				evaluation.getAgencyId(), "assessor " + assessor + " (id " + assessorId + ")"));
	}

	/** The audit log's action for a team change: {@code TEAM_} and the kind, e.g. {@code TEAM_ADDED_LEAD}. */
	public static String auditAction(Kind kind) {
		return "TEAM_" + kind.name();
	}

	private static void requireAdmin(CurrentUser user) {
		if (user.getRole() != Role.ADMIN) {
			throw RuleViolationException.forbidden("team.error.adminOnly");
		}
	}
}
