package id.spbe.review;

import id.spbe.common.Forms;
import id.spbe.common.PageParts;
import id.spbe.evaluation.Stage;
import id.spbe.evidence.EvidenceView;
import id.spbe.user.CurrentUser;
import id.spbe.worksheet.IndicatorRow;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the side-by-side page of one indicator shows, for the whole page and for the blocks an htmx
 * save answers with ({@code review/indicator :: stage-block}, {@code :: evidence-card}): both are
 * rendered from the same model, so a block answered alone is the block the page would show.
 */
@Component
class IndicatorPageModel {

	private final ReviewBoards boards;
	private final PageParts parts;

	IndicatorPageModel(ReviewBoards boards, PageParts parts) {
		this.boards = boards;
		this.parts = parts;
	}

	/**
	 * Fills the page's model; a refused form already in the model (bound, or kept across a redirect)
	 * stays with its errors and what was typed, every other form starts from what is stored.
	 *
	 * @return the indicator's row
	 */
	IndicatorRow fill(CurrentUser user, long id, int number, Model model) {
		ReviewBoards.IndicatorPage read = boards.indicator(user, id, number);
		ReviewBoard board = read.board();
		IndicatorRow row = read.row();
		model.addAttribute("board", board);
		model.addAttribute("row", row);
		model.addAttribute("user", user);
		model.addAttribute("history", read.history());
		model.addAttribute("items", read.items());
		addEvidenceParts(row, model);
		addReadOnlyParts(new IndicatorParts(board, row, read.history(), LocaleContextHolder.getLocale(),
				PageParts.contextPath()), model);
		Forms.fresh(model, "itemsForm", ItemsForm::new);
		Stage stage = board.workingStage().orElse(Stage.FINAL);
		Forms.fresh(model, "stageForm", () -> StageForm.of(stage, board.shown(row, stage), row.entry().noteAt(stage),
				row.entry().recommendation()));
		Forms.fresh(model, "judgementForm", JudgementForm::new);
		return row;
	}

	/** The parts without forms, rendered by jte ({@link IndicatorParts}). */
	private void addReadOnlyParts(IndicatorParts read, Model model) {
		model.addAttribute("headHtml", parts.render("review/indicatorHead.jte", read));
		model.addAttribute("agencySideHtml", parts.render("review/agencySide.jte", read));
		model.addAttribute("criteriaHtml", parts.render("review/criteria.jte", read));
		model.addAttribute("stageTableHtml", parts.render("review/stageTable.jte", read));
		model.addAttribute("historyHtml", parts.render("review/history.jte", read));
	}

	/**
	 * Each evidence item's judgement badge and details (file or link, levels, note, older versions)
	 * by evidence id, rendered by the jte templates the agency's evidence list uses too.
	 */
	private void addEvidenceParts(IndicatorRow row, Model model) {
		Map<Long, String> status = new HashMap<>();
		Map<Long, String> details = new HashMap<>();
		String contextPath = PageParts.contextPath();
		for (EvidenceView e : row.evidence()) {
			EvidenceView.Use use = e.useFor(row.indicator().number()).orElseThrow();
			status.put(e.id(), parts.renderWith("evidence/status.jte", Map.of("use", use)));
			details.put(e.id(), parts.renderWith("evidence/details.jte", Map.of("e", e, "use", use, "contextPath", contextPath)));
		}
		model.addAttribute("evidenceStatus", status);
		model.addAttribute("evidenceDetails", details);
	}

	/**
	 * The indicator "save and next" goes to: the next one the assessors score (those fed by a
	 * national index are skipped), or {@code number} itself after the last.
	 */
	int nextAfter(CurrentUser user, long id, int number) {
		return boards.board(user, id).ws().assessedRows().stream().mapToInt(r -> r.indicator().number())
				.filter(n -> n > number).min().orElse(number);
	}

	/** Drops a form that was saved, with its binding, so that {@link #fill} shows what is stored now. */
	static void forgetSaved(Model model, String name) {
		model.asMap().remove(name);
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + name);
	}
}
