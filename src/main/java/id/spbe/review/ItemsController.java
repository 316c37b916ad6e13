package id.spbe.review;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import id.spbe.worksheet.IndicatorRow;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessors' one save of all evidence items of an indicator. Sent by htmx (header
 * {@code HX-Request}) it answers only the items block, with the saved judgements or the errors
 * beside what was typed, and the tally beside the value out of band, so the page keeps its scroll
 * position and whatever is typed elsewhere; without JavaScript it redirects as every page form does.
 */
@Controller
class ItemsController {

	private final Judgements judgements;
	private final ReviewBoards boards;
	private final Messages messages;

	ItemsController(Judgements judgements, ReviewBoards boards, Messages messages) {
		this.judgements = judgements;
		this.boards = boards;
		this.messages = messages;
	}

	@PostMapping("/evaluations/{id}/review/indicators/{number}/items")
	String judge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@ModelAttribute("itemsForm") ItemsForm form, BindingResult binding,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		Map<String, Judgements.ItemJudgement> sent = form.toJudgements(binding);
		boolean saved = false;
		if (!binding.hasErrors()) {
			try {
				if (!form.nothingChanged()) {
					judgements.judgeItems(user, id, number, sent);
				}
				saved = true;
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		ReviewBoard board = "true".equals(htmx) ? readable(user, id) : null;
		if (board != null) {
			IndicatorRow row = board.ws().row(number);
			model.addAttribute("board", board);
			model.addAttribute("row", row);
			model.addAttribute("user", user);
			model.addAttribute("items", judgements.itemsOf(row, true));
			model.addAttribute("itemsHtmx", true);
			if (saved) {
				model.addAttribute("itemsSaved", messages.get("review.itemsSaved", sent.size()));
				model.addAttribute("itemsForm", new ItemsForm());
			}
			return "review/indicator :: items";
		}
		if (saved) {
			redirect.addFlashAttribute("success", messages.get("review.itemsSaved", sent.size()));
		}
		else {
			Forms.keep(redirect, "itemsForm", form, binding);
		}
		return "redirect:/evaluations/" + id + "/review/indicators/" + number + "#items";
	}

	// a refusal to someone who may not read the review either (the agency) is answered as without
	// htmx: there is no items block to show them
	private ReviewBoard readable(CurrentUser user, long id) {
		try {
			return boards.board(user, id);
		}
		catch (RuleViolationException e) {
			return null;
		}
	}
}
