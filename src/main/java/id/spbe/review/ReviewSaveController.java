package id.spbe.review;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.evidence.EvidenceView;
import id.spbe.user.CurrentUser;
import id.spbe.worksheet.IndicatorRow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The assessor's saves on the side-by-side page: the working stage's level and note, and the
 * judgement of each evidence item. Sent by htmx (header {@code HX-Request: true}) a save is
 * answered with its own block of the page only (the stage block, or the evidence item's card),
 * with the refusal and what was typed, or "saved" and the time; the rest of the page (scroll
 * position, what is typed in other forms) stays as it is. Without htmx it redirects as every page
 * form does. "Save and next" always moves on to the next indicator's page once saved.
 */
@Controller
class ReviewSaveController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final ReviewService review;
	private final Judgements judgements;
	private final IndicatorPageModel page;
	private final Messages messages;
	private final Clock clock;

	ReviewSaveController(ReviewService review, Judgements judgements, IndicatorPageModel page, Messages messages,
			Clock clock) {
		this.review = review;
		this.judgements = judgements;
		this.page = page;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/evaluations/{id}/review/indicators/{number}")
	String saveStage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@ModelAttribute("stageForm") StageForm form, BindingResult binding, RedirectAttributes redirect, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		boolean saved = false;
		try {
			ReviewService.StageSave save = form.toSave(binding, review.entry(user, id, number));
			if (!binding.hasErrors()) {
				review.saveStage(user, id, number, save);
				saved = true;
			}
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
		}
		String success = messages.get("review.saved", number);
		int next = saved && form.goesNext() ? page.nextAfter(user, id, number) : number;
		if (!isHtmx(request)) {
			if (saved) {
				redirect.addFlashAttribute("success", success);
			}
			else {
				Forms.keep(redirect, "stageForm", form, binding);
			}
			return "redirect:" + indicatorPath(id, next);
		}
		if (next != number) {
			// full navigation to the next indicator, with the confirmation there
			navigate(request, response, indicatorPath(id, next), "", Map.of("success", success));
			return null;
		}
		afterSave(model, saved ? "stageForm" : null);
		page.fill(user, id, number, model);
		return "review/indicator :: stage-block";
	}

	@PostMapping("/evaluations/{id}/review/indicators/{number}/evidence/{evidenceId}")
	String reviewEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable long evidenceId, @ModelAttribute("judgementForm") JudgementForm form, BindingResult binding,
			RedirectAttributes redirect, Model model, HttpServletRequest request, HttpServletResponse response) {
		form.forEvidence(evidenceId);
		Judgements.Judgement judgement = form.toJudgement(binding);
		boolean saved = false;
		if (!binding.hasErrors()) {
			try {
				judgements.reviewEvidence(user, id, number, evidenceId, judgement);
				saved = true;
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		String anchor = "#evidence-" + evidenceId;
		if (isHtmx(request)) {
			afterSave(model, saved ? "judgementForm" : null);
			IndicatorRow row = page.fill(user, id, number, model);
			Optional<EvidenceView> card = row.evidence().stream().filter(e -> e.id() == evidenceId).findFirst();
			if (card.isPresent()) {
				model.addAttribute("e", card.get());
				return "review/indicator :: evidence-card";
			}
			// no card to answer with (the item is no longer used here): the whole page shows the refusal
			navigate(request, response, indicatorPath(id, number), "", Map.of("judgementForm", form,
					BindingResult.MODEL_KEY_PREFIX + "judgementForm", binding));
			return null;
		}
		if (saved) {
			redirect.addFlashAttribute("success", messages.get("review.evidenceSaved"));
		}
		else {
			Forms.keep(redirect, "judgementForm", form, binding);
		}
		return "redirect:" + indicatorPath(id, number) + anchor;
	}

	/**
	 * Readies the model for a block answered alone: a form that was saved ({@code savedForm}, else
	 * null) is dropped so that the block shows what is stored, and the time it was saved.
	 */
	private void afterSave(Model model, String savedForm) {
		if (savedForm != null) {
			IndicatorPageModel.forgetSaved(model, savedForm);
			model.addAttribute("savedAt", LocalTime.now(clock).format(TIME));
		}
	}

	/**
	 * Tells htmx to load {@code path} as a full page ({@code HX-Redirect}), with {@code flash}
	 * reaching that page as a redirect's flash attributes would.
	 */
	private static void navigate(HttpServletRequest request, HttpServletResponse response, String path, String anchor,
			Map<String, ?> flash) {
		String target = request.getContextPath() + path;
		FlashMap map = RequestContextUtils.getOutputFlashMap(request);
		map.putAll(flash);
		RequestContextUtils.saveOutputFlashMap(target, request, response);
		response.setHeader("HX-Redirect", target + anchor);
	}

	/** True for a request htmx sent, which is answered with the form's block only. */
	static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	private static String indicatorPath(long id, int number) {
		return "/evaluations/" + id + "/review/indicators/" + number;
	}
}
