package id.spbe.review;

import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.Actor;
import id.spbe.evaluation.ChangeView;
import id.spbe.evaluation.ClarificationView;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.TeamChangeView;
import id.spbe.evaluation.TeamMember;
import id.spbe.evaluation.Workflow;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.worksheet.IndicatorRow;
import id.spbe.worksheet.Worksheet;
import id.spbe.worksheet.Worksheets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the review of an evaluation as one {@link ReviewBoard}: the worksheet, the viewer's part
 * and actions, clarifications, interview sessions, events and the names of everyone shown. Beside
 * the worksheet's reads everything comes in one statement ({@link BoardReads}), so a page costs the
 * same few statements whatever the number of indicators, evidence, events or sessions
 * ({@code ReviewStatementCountTest}).
 */
@Service
public class ReviewBoards {

	private final Worksheets worksheets;
	private final BoardReads reads;

	ReviewBoards(Worksheets worksheets, BoardReads reads) {
		this.worksheets = worksheets;
		this.reads = reads;
	}

	/** One indicator's side-by-side page: the board, the row, its history (newest first) and its evidence items. */
	record IndicatorPage(ReviewBoard board, IndicatorRow row, List<ChangeView> history, ItemBoard items) {
	}

	/**
	 * The review of an evaluation, for those who may see it ({@link EvaluationView#reviewVisibleTo}).
	 *
	 * @throws id.spbe.common.NotFoundException when the user may not see the evaluation
	 * @throws RuleViolationException           FORBIDDEN for agency users before finalisation
	 */
	@Transactional(readOnly = true)
	public ReviewBoard board(CurrentUser user, long evaluationId) {
		Worksheet ws = worksheets.worksheet(user, evaluationId);
		requireVisible(ws);
		return board(user, ws, reads.read(evaluationId, null, setters(ws.rows())));
	}

	/**
	 * As {@link #board(CurrentUser, long)} with one indicator's row, history and evidence items
	 * (read in the same statement as the board's lists).
	 *
	 * @throws id.spbe.common.NotFoundException also for an unknown indicator number
	 */
	@Transactional(readOnly = true)
	IndicatorPage indicator(CurrentUser user, long evaluationId, int number) {
		Worksheet ws = worksheets.worksheet(user, evaluationId);
		requireVisible(ws);
		IndicatorRow row = ws.row(number);
		BoardReads.Lists lists = reads.read(evaluationId, row.entry().id(), setters(List.of(row)));
		// its value comes from a national index: nobody judges its items (as Judgements#itemsOf)
		ItemBoard items = row.indicator().isExternal() ? new ItemBoard(number, List.of(), List.of(), null)
				: ItemBoard.of(row.indicator(), lists.items(), row.evidence());
		return new IndicatorPage(board(user, ws, lists), row, lists.history(), items);
	}

	private static ReviewBoard board(CurrentUser user, Worksheet ws, BoardReads.Lists lists) {
		boolean lead = user.getRole() == Role.ASSESSOR
				&& lists.team().stream().anyMatch(m -> m.lead() && m.assessorId() == user.getId());
		Actor actor = Actor.of(user, lead);
		// who was on the team when is the administrators' and the team's record, not the agency's
		List<TeamChangeView> teamChanges = user.getRole().isAgencyRole() ? List.of() : lists.teamChanges();
		Optional<ClarificationView> open = lists.clarifications().stream().filter(c -> c.closedAt() == null).findFirst();
		return new ReviewBoard(ws, actor, Workflow.actions(ws.evaluation().state(), actor), open,
				lists.clarifications(), lists.sessions(), lists.names(), lists.events(), teamChanges,
				lists.team().stream().anyMatch(TeamMember::lead));
	}

	/** Who set the rows' stage values and judged their evidence: the names the pages show beside them. */
	private static Set<Long> setters(List<IndicatorRow> rows) {
		Set<Long> shown = new HashSet<>();
		rows.forEach(r -> {
			r.entry().stages().values().forEach(v -> shown.add(v.setBy()));
			r.evidence().forEach(e -> e.useFor(r.indicator().number()).ifPresent(u -> shown.add(u.reviewedBy())));
		});
		shown.remove(null);
		return shown;
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
