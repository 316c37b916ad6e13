package id.spbe.review;

import id.spbe.evaluation.Stage;
import id.spbe.worksheet.IndicatorRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One indicator row of the review overview, worked out here so that the page reads one plain
 * value per cell. The overview shows a row per indicator and a cell per stage (235 cells for
 * SPBE); profiling showed the page's time going to method calls with arguments in the template
 * ({@code board.shown(r, s)}, {@code r.entry().scoredAt(s)}, whose arguments Spring's expression
 * language converts on every call) and in a message formatted per checkbox.
 *
 * @param name            the indicator's name in the page's language
 * @param chooseLabel     the clarification checkbox's accessible label ("Minta klarifikasi indikator 12")
 * @param inClarification whether the indicator is part of the open clarification
 * @param cells           one per stage, in {@link Stage} order
 * @param evidence        the indicator's evidence items, and how many of them the assessors
 *                        {@code accepted} or sent back for {@code revision}
 */
public record ReviewLine(int number, String name, String chooseLabel, boolean inClarification, List<Cell> cells,
		int evidence, long accepted, long revision) {

	/**
	 * The level a stage shows for the indicator.
	 *
	 * @param text    the level as the instrument writes it, or "–" when no stage has one yet
	 * @param own     whether the stage set it (bold), rather than carrying the previous one
	 * @param carried whether the level shown is carried from the stage before (it gets a tooltip)
	 */
	public record Cell(String text, boolean own, boolean carried) {
	}

	/** @param choosePattern the checkbox label with "{0}" for the number, formatted once for the page */
	static ReviewLine of(IndicatorRow row, ReviewBoard board, Locale locale, String choosePattern) {
		List<Cell> cells = new ArrayList<>(Stage.values().length);
		for (Stage stage : Stage.values()) {
			boolean own = row.entry().scoredAt(stage);
			String shown = board.shown(row, stage);
			cells.add(new Cell(shown.isEmpty() ? "–" : shown, own, !own && !shown.isEmpty()));
		}
		int number = row.indicator().number();
		return new ReviewLine(number, row.indicator().name().in(locale),
				choosePattern.replace("{0}", String.valueOf(number)), board.inClarification(number),
				cells, row.evidence().size(), row.evidenceWith("ACCEPTED"), row.evidenceWith("NEEDS_REVISION"));
	}
}
