package id.spbe.review;

import id.spbe.worksheet.IndicatorRow;
import id.spbe.evaluation.Actor;
import id.spbe.evaluation.ClarificationView;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.EventView;
import id.spbe.evaluation.IndicatorCounts;
import id.spbe.evaluation.Stage;
import id.spbe.evaluation.StageValue;
import id.spbe.evaluation.TeamChangeView;
import id.spbe.evidence.ReviewStatus;
import id.spbe.worksheet.Worksheet;
import id.spbe.instrument.InstrumentDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the review pages show of one evaluation.
 *
 * @param actor    the viewer's part (lead assessor, member, admin, agency)
 * @param actions  workflow actions the viewer may take now
 * @param names    user names by id, for "set by"
 * @param events      the workflow events, oldest first
 * @param teamChanges the assessor team's changes, oldest first (empty for the agency)
 * @param hasLead     whether the team has a lead (without one nobody can move the stages)
 */
public record ReviewBoard(Worksheet ws, Actor actor, List<EvaluationAction> actions,
		Optional<ClarificationView> openClarification, List<ClarificationView> clarifications,
		List<SessionView> sessions, Map<Long, String> names, List<EventView> events, List<TeamChangeView> teamChanges,
		boolean hasLead) {

	/** The stage assessors score now, if any. */
	public Optional<Stage> workingStage() {
		return ws.evaluation().state().workingStage();
	}

	/** True when the viewer may set levels, notes and evidence statuses now. */
	public boolean canScore() {
		return actor.isAssessor() && workingStage().isPresent();
	}

	/** Stages shown as columns: the agency's and the assessors'. */
	public List<Stage> stages() {
		return List.of(Stage.values());
	}

	/** Number of indicators with their own level at a stage. */
	public long scored(Stage stage) {
		return ws.rows().stream().filter(r -> r.entry().scoredAt(stage)).count();
	}

	/** Name of a user, or "?" for an unknown id. */
	public String name(Long userId) {
		return userId == null ? "" : names.getOrDefault(userId, "?");
	}

	/** Who last set a stage value and when, in WIB ("Budi, 14-09-2026 10:42"); "" when nobody did. */
	public String setBy(StageValue value) {
		if (value == null || value.setBy() == null) {
			return "";
		}
		return value.setAt() == null ? name(value.setBy())
				: name(value.setBy()) + ", " + ReviewDates.minute(value.setAt());
	}

	/** True when indicator {@code number} is part of the open clarification. */
	public boolean inClarification(int number) {
		return openClarification.map(c -> c.includes(number)).orElse(false);
	}

	/** The level a stage shows for a row, as the instrument writes it ("3", "2.5"), or "" when none. */
	public String shown(IndicatorRow row, Stage stage) {
		return ws.level(row.entry().effectiveLevel(stage));
	}

	/**
	 * The overview's rows of one aspect, in the page's language.
	 *
	 * @param choosePattern the clarification checkbox's label with "{0}" where the number goes
	 */
	public List<ReviewLine> linesOf(InstrumentDefinition.Aspect aspect, Locale locale, String choosePattern) {
		return ws.rowsOf(aspect).stream().map(r -> ReviewLine.of(r, this, locale, choosePattern)).toList();
	}

	/** Counts of indicators at the working stage, for the inbox and the progress line. */
	public IndicatorCounts counts() {
		return new IndicatorCounts(ws.rows().size(), workingStage().map(this::scored).orElse(0L));
	}

	/** Indicators without their own level at the working stage (what carrying over would set); 0 with none. */
	public long unscored() {
		return workingStage().map(s -> ws.rows().size() - scored(s)).orElse(0L);
	}

	/** Indicators without a final level, each of which blocks finalisation. */
	public long finalMissing() {
		return ws.rows().size() - scored(Stage.FINAL);
	}

	/** True for a team member who is not the lead: they score but do not move the stages. */
	public boolean isMember() {
		return actor == Actor.ASSESSOR;
	}

	/** True when nobody can move the stages for want of a lead (a finalised evaluation needs none). */
	public boolean needsLead() {
		return !hasLead && !ws.finalised();
	}

	/** The workflow moves offered as buttons; the clarification request has a form of its own. */
	public List<EvaluationAction> moves() {
		return actions.stream().filter(a -> a != EvaluationAction.REQUEST_CLARIFICATION).toList();
	}

	/** True when {@code typed} names one of {@link #moves()}, i.e. the page shows a form for it. */
	public boolean offers(String typed) {
		return moves().stream().anyMatch(a -> a.name().equals(typed));
	}

	/** True when the viewer may send indicators back to the agency now. */
	public boolean canRequestClarification() {
		return actions.contains(EvaluationAction.REQUEST_CLARIFICATION);
	}

	/** True in the interview stage, clarification included. */
	public boolean isInterview() {
		return workingStage().filter(s -> s == Stage.INTERVIEW).isPresent();
	}

	/** True when the viewer may record interview sessions and their notes now. */
	public boolean canRecordInterview() {
		return canScore() && isInterview();
	}

	/** The interview level a row has of its own, as the instrument writes it, or "". */
	public String interviewLevel(IndicatorRow row) {
		return ws.level(row.entry().levelAt(Stage.INTERVIEW));
	}

	/** The level the interview stage shows for a row (its own or the one carried from before), or "". */
	public String shownAtInterview(IndicatorRow row) {
		return shown(row, Stage.INTERVIEW);
	}

	/** The statuses an assessor chooses from when judging evidence, in the order offered. */
	public List<ReviewStatus> reviewStatuses() {
		return List.of(ReviewStatus.values());
	}

	/** The reasons an assessor may give for an evidence item in revision. */
	public List<RevisionReason> revisionReasons() {
		return RevisionReason.chosen();
	}
}
