package id.spbe.review;

import id.spbe.common.Wib;
import id.spbe.common.FormValues;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.ChangeView;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.Stage;
import id.spbe.evidence.ReviewStatus;
import id.spbe.worksheet.IndicatorRow;
import id.spbe.user.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import id.spbe.common.Messages;
import id.spbe.evaluation.Transitions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Review pages: the assessors' overview with the workflow, and the side-by-side page of one
 * indicator where the agency's entry and evidence sit against every stage's level and note.
 */
@Controller
class ReviewController {

	private final ReviewService review;
	private final ReviewBoards boards;
	private final Judgements judgements;
	private final Transitions transitions;
	private final Messages messages;
	private final Clock clock;

	ReviewController(ReviewService review, ReviewBoards boards, Judgements judgements, Transitions transitions,
			Messages messages, Clock clock) {
		this.review = review;
		this.boards = boards;
		this.judgements = judgements;
		this.transitions = transitions;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/evaluations/{id}/review")
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("board", boards.board(user, id));
		model.addAttribute("user", user);
		model.addAttribute("today", Wib.today(clock));
		return "review/overview";
	}

	@GetMapping("/evaluations/{id}/review/indicators/{number}")
	String indicator(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			Model model) {
		List<ChangeView> history = review.history(user, id, number);
		ReviewBoard board = boards.board(user, id, history.stream().map(ChangeView::changedBy).toList());
		IndicatorRow row = board.ws().row(number);
		model.addAttribute("board", board);
		model.addAttribute("row", row);
		model.addAttribute("user", user);
		model.addAttribute("history", history);
		model.addAttribute("itemReviews", judgements.itemReviews(user, id, number));
		if (!model.containsAttribute("keptLevel")) {
			Stage stage = board.workingStage().orElse(Stage.FINAL);
			model.addAttribute("keptLevel", board.ws().level(row.entry().effectiveLevel(stage)));
			model.addAttribute("keptNote", row.entry().noteAt(stage));
			model.addAttribute("keptRecommendation", row.entry().recommendation());
		}
		return "review/indicator";
	}

	@PostMapping("/evaluations/{id}/review/indicators/{number}")
	String saveStage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam(required = false) String stage, @RequestParam(required = false) String level,
			@RequestParam(required = false) String note, @RequestParam(required = false) String recommendation,
			@RequestParam(required = false) String next, @RequestParam(required = false) String seen,
			RedirectAttributes redirect) {
		String here = "redirect:/evaluations/" + id + "/review/indicators/" + number;
		try {
			// a field the form did not send keeps its stored value; the form always sends both
			AssessmentView stored = review.entry(user, id, number);
			Stage expected = FormValues.choice(Stage.class, stage);
			if (expected == null) {
				throw RuleViolationException.badInput("review.error.noStage");
			}
			List<Integer> seenChanges = FormValues.integers(seen == null || seen.isBlank() ? List.of() : List.of(seen));
			review.saveStage(user, id, number, new ReviewService.StageSave(expected, FormValues.decimal(level),
					note != null ? note : stored.noteAt(expected),
					recommendation != null ? recommendation : stored.recommendation(),
					seenChanges.isEmpty() ? null : seenChanges.get(0)));
			redirect.addFlashAttribute("success", message("review.saved", number));
			return next != null && !next.isBlank() ? "redirect:/evaluations/" + id + "/review/indicators/" + (number + 1)
					: here;
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("stageError", message(e.getMessageKey(), e.getArguments()));
			redirect.addFlashAttribute("keptLevel", FormValues.echo(level));
			redirect.addFlashAttribute("keptNote", note);
			redirect.addFlashAttribute("keptRecommendation", recommendation);
			return here;
		}
	}

	@PostMapping("/evaluations/{id}/review/indicators/{number}/evidence/{evidenceId}")
	String reviewEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable long evidenceId, @RequestParam(required = false) String status,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		if (!run(redirect, () -> judgements.reviewEvidence(user, id, number, evidenceId,
				new Judgements.Judgement(FormValues.choice(ReviewStatus.class, status), note)), "review.evidenceSaved")) {
			redirect.addFlashAttribute("keptEvidence", evidenceId);
			redirect.addFlashAttribute("keptEvidenceNote", note);
		}
		return "redirect:/evaluations/" + id + "/review/indicators/" + number + "#evidence-" + evidenceId;
	}

	@PostMapping("/evaluations/{id}/review/indicators/{number}/items")
	String reviewItem(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam(required = false) String code, @RequestParam(required = false) String status,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		run(redirect, () -> judgements.reviewItem(user, id, number, code,
				new Judgements.Judgement(FormValues.choice(ReviewStatus.class, status), note)),
				"review.itemSaved");
		return "redirect:/evaluations/" + id + "/review/indicators/" + number + "#items";
	}

	@PostMapping("/evaluations/{id}/review/carry-over")
	String carryOver(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			int n = review.carryOver(user, id);
			redirect.addFlashAttribute("success", message("review.carriedOver", n));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("error", message(e.getMessageKey(), e.getArguments()));
		}
		return "redirect:/evaluations/" + id + "/review";
	}

	@PostMapping("/evaluations/{id}/clarification")
	String clarification(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "numbers", required = false) List<String> numbers,
			@RequestParam(required = false) String message, @RequestParam(required = false) String deadline,
			RedirectAttributes redirect) {
		try {
			transitions.requestClarification(user, id, new Transitions.ClarificationRequest(FormValues.integers(numbers),
					message, FormValues.date(deadline)));
			redirect.addFlashAttribute("success", message("clarification.sent",
					new java.util.HashSet<>(FormValues.integers(numbers)).size()));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("clarificationError", message(e.getMessageKey(), e.getArguments()));
			redirect.addFlashAttribute("keptNumbers", numbers);
			redirect.addFlashAttribute("keptMessage", message);
			redirect.addFlashAttribute("keptDeadline", deadline);
		}
		return "redirect:/evaluations/" + id + "/review#clarification";
	}

	/** Runs a write; true when it succeeded, else the refusal is flashed as the page's error. */
	private boolean run(RedirectAttributes redirect, Runnable action, String successKey) {
		try {
			action.run();
			redirect.addFlashAttribute("success", message(successKey));
			return true;
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("error", message(e.getMessageKey(), e.getArguments()));
			return false;
		}
	}

	private String message(String key, Object... args) {
		return messages.get(key, args);
	}
}
