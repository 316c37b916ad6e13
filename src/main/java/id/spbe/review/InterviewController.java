package id.spbe.review;

import id.spbe.common.Wib;
import id.spbe.common.FormValues;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.user.CurrentUser;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Interview sessions: record one, note what was said per indicator, print the minutes. */
@Controller
class InterviewController {

	private final Interviews interviews;
	private final ReviewBoards boards;
	private final MinutesPdf minutes;
	private final MessageSource messages;
	private final java.time.Clock clock;

	InterviewController(Interviews interviews, ReviewBoards boards, MinutesPdf minutes, MessageSource messages,
			java.time.Clock clock) {
		this.clock = clock;
		this.interviews = interviews;
		this.boards = boards;
		this.minutes = minutes;
		this.messages = messages;
	}

	@GetMapping("/evaluations/{id}/interviews/new")
	String newSession(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		InterviewForm form = new InterviewForm();
		form.setDate(Wib.today(clock));
		form.setTime(LocalTime.of(9, 0));
		form.getAssessorName().add(user.getFullName());
		form.getAssessorPosition().add(message("interview.defaultAssessorPosition"));
		model.addAttribute("form", form.withBlankRows());
		return page(user, id, null, model);
	}

	@PostMapping("/evaluations/{id}/interviews")
	String create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") InterviewForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			refuseMalformed(binding);
			long sessionId = interviews.create(user, id, form);
			redirect.addFlashAttribute("success", message("interview.created"));
			return "redirect:/evaluations/" + id + "/interviews/" + sessionId;
		}
		catch (RuleViolationException e) {
			model.addAttribute("error", message(e.getMessageKey(), e.getArguments()));
			form.withBlankRows();
			return page(user, id, null, model);
		}
	}

	@GetMapping("/evaluations/{id}/interviews/{sessionId}")
	String session(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long sessionId,
			Model model) {
		SessionView session = interviews.get(user, id, sessionId);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", InterviewForm.of(session));
		}
		return page(user, id, session, model);
	}

	@PostMapping("/evaluations/{id}/interviews/{sessionId}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long sessionId,
			@ModelAttribute("form") InterviewForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			refuseMalformed(binding);
			interviews.update(user, id, sessionId, form);
			redirect.addFlashAttribute("success", message("interview.updated"));
			return "redirect:/evaluations/" + id + "/interviews/" + sessionId;
		}
		catch (RuleViolationException e) {
			model.addAttribute("error", message(e.getMessageKey(), e.getArguments()));
			form.withBlankRows();
			return page(user, id, interviews.get(user, id, sessionId), model);
		}
	}

	@PostMapping("/evaluations/{id}/interviews/{sessionId}/notes")
	String note(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long sessionId,
			@RequestParam(required = false) String number, @RequestParam(required = false) String level,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			List<Integer> chosen = FormValues.integers(number == null || number.isBlank() ? List.of() : List.of(number));
			if (chosen.isEmpty()) {
				throw RuleViolationException.badInput("interview.error.noIndicator");
			}
			interviews.note(user, id, sessionId, chosen.get(0), FormValues.decimal(level), note);
			redirect.addFlashAttribute("success", message("interview.noted", number));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("noteError", message(e.getMessageKey(), e.getArguments()));
			redirect.addFlashAttribute("keptNumber", FormValues.echo(number));
			redirect.addFlashAttribute("keptLevel", FormValues.echo(level));
			redirect.addFlashAttribute("keptNote", note);
		}
		return "redirect:/evaluations/" + id + "/interviews/" + sessionId + "#notes";
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

	// a date or time the browser sent malformed (typed by hand) is named in the refusal
	private static void refuseMalformed(BindingResult binding) {
		if (binding.hasFieldErrors()) {
			org.springframework.validation.FieldError e = binding.getFieldErrors().get(0);
			throw RuleViolationException.badInput("interview.error.malformed",
					FormValues.echo(String.valueOf(e.getRejectedValue())));
		}
	}

	private String page(CurrentUser user, long id, SessionView session, Model model) {
		model.addAttribute("board", boards.board(user, id));
		// "session" is Thymeleaf's HTTP session object
		model.addAttribute("interview", session);
		model.addAttribute("user", user);
		return "review/session";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
