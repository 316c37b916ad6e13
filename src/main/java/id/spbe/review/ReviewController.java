package id.spbe.review;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.PageParts;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Wib;
import id.spbe.evaluation.Transitions;
import id.spbe.user.CurrentUser;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Review pages: the assessors' overview with the workflow, and the side-by-side page of one
 * indicator where the agency's entry and evidence sit against every stage's level and note. A
 * refused form comes back to its page with its errors beside what was typed ({@link Forms#keep}).
 * Stage levels and evidence judgements are saved by {@link ReviewSaveController}.
 */
@Controller
class ReviewController {

	private final ReviewService review;
	private final ReviewBoards boards;
	private final IndicatorPageModel page;
	private final Judgements judgements;
	private final Transitions transitions;
	private final Messages messages;
	private final Clock clock;
	private final PageParts parts;

	ReviewController(ReviewService review, ReviewBoards boards, IndicatorPageModel page, Judgements judgements,
			Transitions transitions, Messages messages, Clock clock, PageParts parts) {
		this.parts = parts;
		this.review = review;
		this.boards = boards;
		this.page = page;
		this.judgements = judgements;
		this.transitions = transitions;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/evaluations/{id}/review")
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		ReviewBoard board = boards.board(user, id);
		model.addAttribute("board", board);
		model.addAttribute("user", user);
		model.addAttribute("today", Wib.today(clock));
		Forms.fresh(model, "clarificationForm", () -> ClarificationForm.startingOn(Wib.today(clock)));
		model.addAttribute("indicatorTables", parts.render("review/overviewTables.jte",
				new OverviewTables(board, board.ws().instrument().allAspects(), locale,
						(ClarificationForm) model.getAttribute("clarificationForm"),
						PageParts.contextPath() + "/evaluations/" + id + "/review/indicators/")));
		OverviewParts read = new OverviewParts(board, PageParts.contextPath() + "/evaluations/" + id);
		model.addAttribute("teamCard", parts.render("review/teamCard.jte", read));
		model.addAttribute("overviewTail", parts.render("review/overviewTail.jte", read));
		return "review/overview";
	}

	@GetMapping("/evaluations/{id}/review/indicators/{number}")
	String indicator(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			Model model) {
		page.fill(user, id, number, model);
		return "review/indicator";
	}


	@PostMapping("/evaluations/{id}/review/carry-over")
	String carryOver(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("carryOverForm") CarryOverForm form, BindingResult binding, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("success", messages.get("review.carriedOver", review.carryOver(user, id)));
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
			Forms.keep(redirect, "carryOverForm", form, binding);
		}
		return "redirect:/evaluations/" + id + "/review";
	}

	@PostMapping("/evaluations/{id}/clarification")
	String clarification(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("clarificationForm") ClarificationForm form, BindingResult binding,
			RedirectAttributes redirect) {
		Transitions.ClarificationRequest request = form.toRequest(binding);
		if (!binding.hasErrors()) {
			try {
				transitions.requestClarification(user, id, request);
				redirect.addFlashAttribute("success",
						messages.get("clarification.sent", new HashSet<>(request.numbers()).size()));
				return "redirect:/evaluations/" + id + "/review#clarification";
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		Forms.keep(redirect, "clarificationForm", form, binding);
		return "redirect:/evaluations/" + id + "/review#clarification";
	}

	/** Saves a judgement unless its form has errors; a refused one goes back to the page with them. */
	private void judge(JudgementForm form, BindingResult binding, RedirectAttributes redirect,
			Consumer<Judgements.Judgement> write, String successKey) {
		Judgements.Judgement judgement = form.toJudgement(binding);
		if (!binding.hasErrors()) {
			try {
				write.accept(judgement);
				redirect.addFlashAttribute("success", messages.get(successKey));
				return;
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		Forms.keep(redirect, "judgementForm", form, binding);
	}

	private static String indicatorPage(long id, int number) {
		return "redirect:/evaluations/" + id + "/review/indicators/" + number;
	}
}
