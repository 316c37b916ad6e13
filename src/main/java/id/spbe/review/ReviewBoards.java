package id.spbe.review;

import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.Actor;
import id.spbe.evaluation.AssessorTeams;
import id.spbe.evaluation.ClarificationView;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Evaluations;
import id.spbe.evaluation.EventView;
import id.spbe.evaluation.TeamChangeView;
import id.spbe.evaluation.TeamMember;
import id.spbe.evaluation.Workflow;
import id.spbe.user.CurrentUser;
import id.spbe.user.UserAccounts;
import id.spbe.worksheet.Worksheet;
import id.spbe.worksheet.Worksheets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the review of an evaluation as one {@link ReviewBoard}: the worksheet, the viewer's part
 * and actions, clarifications, interview sessions, events and the names of everyone shown.
 */
@Service
public class ReviewBoards {

	private final Worksheets worksheets;
	private final EvaluationAccess access;
	private final Evaluations evaluations;
	private final InterviewSessionRepository sessions;
	private final UserAccounts users;
	private final AssessorTeams teams;

	ReviewBoards(Worksheets worksheets, EvaluationAccess access, Evaluations evaluations,
			InterviewSessionRepository sessions, UserAccounts users, AssessorTeams teams) {
		this.worksheets = worksheets;
		this.access = access;
		this.evaluations = evaluations;
		this.sessions = sessions;
		this.users = users;
		this.teams = teams;
	}

	/**
	 * The review of an evaluation, for those who may see it ({@link EvaluationView#reviewVisibleTo}).
	 *
	 * @throws id.spbe.common.NotFoundException when the user may not see the evaluation
	 * @throws RuleViolationException           FORBIDDEN for agency users before finalisation
	 */
	@Transactional(readOnly = true)
	public ReviewBoard board(CurrentUser user, long evaluationId) {
		return board(user, evaluationId, List.of());
	}

	/**
	 * As {@link #board(CurrentUser, long)}, with the names of {@code moreUsers} too (e.g. the
	 * authors of an indicator's history). Names are read for the users the pages show, in one query.
	 */
	@Transactional(readOnly = true)
	public ReviewBoard board(CurrentUser user, long evaluationId, Collection<Long> moreUsers) {
		Worksheet ws = worksheets.worksheet(user, evaluationId);
		requireVisible(ws);
		Actor actor = access.actor(user, evaluationId);
		List<EventView> events = evaluations.events(evaluationId);
		// who was on the team when is the administrators' and the team's record, not the agency's
		List<TeamChangeView> teamChanges = user.getRole().isAgencyRole() ? List.of() : teams.changes(evaluationId);
		List<ClarificationView> clarifications = evaluations.clarifications(evaluationId);
		Set<Long> shown = new HashSet<>(moreUsers);
		events.forEach(e -> shown.add(e.actorId()));
		teamChanges.forEach(c -> {
			shown.add(c.actorId());
			shown.add(c.assessorId());
		});
		clarifications.stream().map(ClarificationView::closedBy).forEach(shown::add);
		ws.rows().forEach(r -> {
			r.entry().stages().values().forEach(v -> shown.add(v.setBy()));
			r.evidence().forEach(e -> e.useFor(r.indicator().number()).ifPresent(u -> shown.add(u.reviewedBy())));
		});
		shown.remove(null);
		return new ReviewBoard(ws, actor, Workflow.actions(ws.evaluation().state(), actor),
				evaluations.openClarification(evaluationId), clarifications,
				sessions.findByEvaluationIdOrderByHeldAtAscIdAsc(evaluationId).stream().map(InterviewSession::toView)
						.toList(),
				users.names(shown), events, teamChanges, teams.team(evaluationId).stream().anyMatch(TeamMember::lead));
	}

	/** Refuses a viewer who may not see the review yet (the agency before finalisation). */
	static void requireVisible(Worksheet ws) {
		if (!ws.reviewVisible()) {
			throw RuleViolationException.forbidden("review.error.notYetForAgency");
		}
	}

	/** As {@link #requireVisible(Worksheet)} for a caller that holds only the evaluation. */
	static void requireVisible(CurrentUser user, EvaluationView evaluation) {
		if (!evaluation.reviewVisibleTo(user)) {
			throw RuleViolationException.forbidden("review.error.notYetForAgency");
		}
	}
}
