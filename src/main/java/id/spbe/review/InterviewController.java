package id.spbe.review;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Wib;
import id.spbe.user.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Interview sessions: record one, note what was said per indicator, print the minutes. The session
 * form comes back on this page with its errors; a refused note goes back to the session page.
 */
@Controller
class InterviewController {

	private final Interviews interviews;
	private final ReviewBoards boards;
	private final MinutesPdf minutes;
	private final Messages messages;
	private final Clock clock;

	InterviewController(Interviews interviews, ReviewBoards boards, MinutesPdf minutes, Messages messages, Clock clock) {
		this.interviews = interviews;
		this.boards = boards;
		this.minutes = minutes;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/evaluations/{id}/interviews/new")
	String newSession(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		InterviewForm form = new InterviewForm().at(Wib.today(clock), LocalTime.of(9, 0));
		form.getAssessorName().add(user.getFullName());
		form.getAssessorPosition().add(messages.get("interview.defaultAssessorPosition"));
		model.addAttribute("interviewForm", form.withBlankRows());
		return page(user, id, null, model);
	}

	@PostMapping("/evaluations/{id}/interviews")
	String create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("interviewForm") InterviewForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		form.check(binding);
		if (!binding.hasErrors()) {
			try {
				long sessionId = interviews.create(user, id, form);
				redirect.addFlashAttribute("success", messages.get("interview.created"));
				return "redirect:/evaluations/" + id + "/interviews/" + sessionId;
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		form.withBlankRows();
		return page(user, id, null, model);
	}

	@GetMapping("/evaluations/{id}/interviews/{sessionId}")
	String session(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long sessionId,
			Model model) {
		SessionView session = interviews.get(user, id, sessionId);
		Forms.fresh(model, "interviewForm", () -> InterviewForm.of(session));
		return page(user, id, session, model);
	}

	@PostMapping("/evaluations/{id}/interviews/{sessionId}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long sessionId,
			@ModelAttribute("interviewForm") InterviewForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		form.check(binding);
		if (!binding.hasErrors()) {
			try {
				interviews.update(user, id, sessionId, form);
				redirect.addFlashAttribute("success", messages.get("interview.updated"));
				return "redirect:/evaluations/" + id + "/interviews/" + sessionId;
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		form.withBlankRows();
		return page(user, id, interviews.get(user, id, sessionId), model);
	}

	@PostMapping("/evaluations/{id}/interviews/{sessionId}/notes")
	String note(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long sessionId,
			@ModelAttribute("noteForm") NoteForm form, BindingResult binding, RedirectAttributes redirect) {
		String back = "redirect:/evaluations/" + id + "/interviews/" + sessionId + "#notes";
		Integer number = form.indicator(binding);
		BigDecimal level = form.level(binding);
		if (!binding.hasErrors()) {
			try {
				interviews.note(user, id, sessionId, number, level, form.getNote());
				redirect.addFlashAttribute("success", messages.get("interview.noted", number));
				return back;
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		Forms.keep(redirect, "noteForm", form, binding);
		return back;
	}

	@GetMapping("/evaluations/{id}/interviews/{sessionId}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long sessionId) {
		SessionView session = interviews.get(user, id, sessionId);
		ReviewBoard board = boards.board(user, id);
		byte[] pdf = minutes.render(board.ws(), session, LocaleContextHolder.getLocale());
		String name = "berita-acara-interviu-" + session.heldAt().toLocalDate() + "-"
				+ board.ws().evaluation().agencyName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + ".pdf";
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.contentType(MediaType.APPLICATION_PDF).body(pdf);
	}

	private String page(CurrentUser user, long id, SessionView session, Model model) {
		model.addAttribute("board", boards.board(user, id));
		// "session" is Thymeleaf's HTTP session object
		model.addAttribute("interview", session);
		model.addAttribute("user", user);
		Forms.fresh(model, "noteForm", NoteForm::new);
		return "review/session";
	}
}
