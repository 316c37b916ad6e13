package id.spbe.selfassessment;

import id.spbe.common.Wib;
import id.spbe.common.FormValues;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.ConcurrentEditException;
import id.spbe.evaluation.Evaluations;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceUploads;
import id.spbe.user.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the self-assessment: overview, one indicator, evidence, readiness and submission. */
@Controller
class SelfAssessmentController {

	private final SelfAssessmentService service;
	private final EvidenceService evidence;
	private final EvidenceUploads uploads;
	private final Evaluations evaluations;
	private final MessageSource messages;
	private final WorksheetExcel excel;
	private final java.time.Clock clock;

	SelfAssessmentController(SelfAssessmentService service, EvidenceService evidence, EvidenceUploads uploads,
			Evaluations evaluations, MessageSource messages, WorksheetExcel excel, java.time.Clock clock) {
		this.clock = clock;
		this.excel = excel;
		this.service = service;
		this.evidence = evidence;
		this.uploads = uploads;
		this.evaluations = evaluations;
		this.messages = messages;
	}

	@GetMapping("/evaluations/{id}")
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean mine, Model model) {
		Worksheet ws = service.worksheet(user, id);
		model.addAttribute("ws", ws);
		model.addAttribute("mine", mine);
		model.addAttribute("user", user);
		model.addAttribute("operators", service.operators(ws.evaluation().agencyId()));
		model.addAttribute("units", service.units(ws.evaluation().agencyId()));
		model.addAttribute("events", evaluations.events(id));
		model.addAttribute("clarification", evaluations.openClarification(id).orElse(null));
		List<Integer> myNumbers = ws.rows().stream().filter(r -> SelfAssessmentService.isMine(user, r.entry()))
				.map(r -> r.indicator().number()).toList();
		model.addAttribute("myNumbers", myNumbers);
		model.addAttribute("myAspects", ws.instrument().allAspects().stream()
				.filter(a -> a.indicators().stream().anyMatch(i -> myNumbers.contains(i.number())))
				.map(a -> a.code()).toList());
		return "evaluations/overview";
	}

	@GetMapping("/evaluations/{id}/indicators/{number}")
	String indicator(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			Model model) {
		Worksheet ws = service.worksheet(user, id);
		AssessmentView entry = ws.row(number).entry();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new EntryForm(entry.selfLevel(), entry.justification(), entry.version()));
		}
		return indicatorPage(user, ws, number, model);
	}

	private String indicatorPage(CurrentUser user, Worksheet ws, int number, Model model) {
		IndicatorRow row = ws.row(number);
		model.addAttribute("ws", ws);
		model.addAttribute("row", row);
		model.addAttribute("user", user);
		model.addAttribute("canEdit", service.mayEdit(user, ws, row));
		model.addAttribute("canAddEvidence", service.mayAddEvidence(user, ws, row));
		model.addAttribute("clarification", evaluations.openClarification(ws.evaluation().id()).orElse(null));
		model.addAttribute("reusable", ws.rows().stream().flatMap(r -> r.evidence().stream()).distinct()
				.filter(e -> e.useFor(number).isEmpty()).toList());
		model.addAttribute("maxMb", uploads.maxBytes() / (1024 * 1024));
		model.addAttribute("accept", uploads.acceptedExtensions());
		model.addAttribute("maxJustification", SelfAssessmentService.MAX_JUSTIFICATION);
		model.addAttribute("today", Wib.today(clock));
		return "evaluations/indicator";
	}

	@PostMapping("/evaluations/{id}/indicators/{number}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@ModelAttribute("form") EntryForm form, Model model, RedirectAttributes redirect) {
		try {
			service.save(user, id, number, form.getLevel(), form.getJustification(), form.getVersion());
			redirect.addFlashAttribute("success", message("selfAssessment.saved", number));
			return "redirect:/evaluations/" + id + "/indicators/" + number;
		}
		catch (ConcurrentEditException e) {
			model.addAttribute("conflict", e.getCurrent());
			form.setVersion(e.getCurrent().version());
			return indicatorPage(user, service.worksheet(user, id), number, model);
		}
		catch (RuleViolationException e) {
			model.addAttribute("error", message(e.getMessageKey(), e.getArguments()));
			return indicatorPage(user, service.worksheet(user, id), number, model);
		}
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam(required = false) String back, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		try {
			run(redirect, () -> service.approve(user, id, number, version), "selfAssessment.approved", number);
		}
		catch (ConcurrentEditException e) {
			redirect.addFlashAttribute("error", message("selfAssessment.error.changedBeforeApproval", number));
		}
		return "overview".equals(back) ? "redirect:/evaluations/" + id : "redirect:/evaluations/" + id + "/indicators/" + number;
	}

	@PostMapping("/evaluations/{id}/assign")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "numbers", required = false) List<Integer> numbers,
			@RequestParam(required = false) Long operatorId, @RequestParam(required = false) Long unitId,
			RedirectAttributes redirect) {
		run(redirect, () -> service.assign(user, id, numbers, operatorId, unitId),
				operatorId == null && unitId == null ? "selfAssessment.unassigned" : "selfAssessment.assigned",
				numbers == null ? 0 : numbers.size());
		return "redirect:/evaluations/" + id;
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/file")
	String uploadFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "levels", required = false) List<Integer> levels,
			@RequestParam(required = false) String title, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		String back = "redirect:/evaluations/" + id + "/indicators/" + number;
		try {
			if (UploadNames.noneChosen(file)) {
				redirect.addFlashAttribute("evidenceError", message("evidence.error.noFile"));
				keep(redirect, title, note, levels);
				return back;
			}
			EvidenceUploads.UploadResult result = uploads.upload(user, id, number, new EvidenceUploads.FileRequest(
					new EvidenceUploads.Upload(UploadNames.of(file), file.getInputStream()), title, levels, note));
			if (result.duplicate() && evidence.get(user, result.evidenceId()).useFor(number).isPresent()) {
				redirect.addFlashAttribute("evidenceError", message("evidence.alreadyHere"));
			}
			else if (result.duplicate()) {
				redirect.addFlashAttribute("duplicateOf", result.evidenceId());
				redirect.addFlashAttribute("duplicateLevels", levels);
			}
			else {
				redirect.addFlashAttribute("success", message("evidence.uploaded", UploadNames.of(file)));
			}
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("evidenceError", message(e.getMessageKey(), e.getArguments()));
			keep(redirect, title, note, levels);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return back;
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/link")
	String addLink(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam(required = false) String url,
			@RequestParam(required = false) String accessedOn,
			@RequestParam(name = "levels", required = false) List<Integer> levels,
			@RequestParam(required = false) String title, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			evidence.addLink(user, id, number,
					new EvidenceService.LinkRequest(url, FormValues.date(accessedOn), title, levels, note));
			redirect.addFlashAttribute("success", message("evidence.linked", url));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("linkError", message(e.getMessageKey(), e.getArguments()));
			keep(redirect, title, note, levels);
			redirect.addFlashAttribute("keptUrl", url);
			redirect.addFlashAttribute("keptAccessedOn", accessedOn);
		}
		return "redirect:/evaluations/" + id + "/indicators/" + number;
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/reuse")
	String reuse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam long evidenceId, @RequestParam(name = "levels", required = false) List<Integer> levels,
			RedirectAttributes redirect) {
		run(redirect, () -> evidence.reuse(user, id, number, evidenceId, levels), "evidence.reused", number);
		return "redirect:/evaluations/" + id + "/indicators/" + number;
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/{evidenceId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable long evidenceId, RedirectAttributes redirect) {
		run(redirect, () -> evidence.remove(user, id, number, evidenceId), "evidence.removed", number);
		return "redirect:/evaluations/" + id + "/indicators/" + number;
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/{evidenceId}/version")
	String newVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable long evidenceId, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		try {
			if (UploadNames.noneChosen(file)) {
				redirect.addFlashAttribute("evidenceError", message("evidence.error.noFile"));
			}
			else {
				String name = UploadNames.of(file);
				uploads.uploadVersion(user, id, number, evidenceId, new EvidenceUploads.Upload(name, file.getInputStream()));
				redirect.addFlashAttribute("success", message("evidence.versionUploaded", name));
			}
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("evidenceError", message(e.getMessageKey(), e.getArguments()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "redirect:/evaluations/" + id + "/indicators/" + number;
	}

	@GetMapping("/evaluations/{id}/readiness")
	String readiness(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("ws", service.worksheet(user, id));
		model.addAttribute("user", user);
		return "evaluations/readiness";
	}

	@PostMapping("/evaluations/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			service.submit(user, id, note);
			redirect.addFlashAttribute("success", message("selfAssessment.submitted"));
			return "redirect:/evaluations/" + id;
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("error", message(e.getMessageKey(), e.getArguments()));
			redirect.addFlashAttribute("keptNote", note);
			return "redirect:/evaluations/" + id + "/readiness";
		}
	}

	@GetMapping("/evaluations/{id}/worksheet.xlsx")
	ResponseEntity<byte[]> exportWorksheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Worksheet ws = service.worksheet(user, id);
		byte[] xlsx = excel.export(ws, LocaleContextHolder.getLocale());
		String name = "lembar-kerja-" + ws.evaluation().periodName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase()
				+ "-" + ws.evaluation().agencyName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + ".xlsx";
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.body(xlsx);
	}

	@PostMapping("/evaluations/{id}/worksheet")
	String importWorksheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		Worksheet ws = service.worksheet(user, id);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("importErrors", List.of(message("worksheet.error.noFile")));
			return "redirect:/evaluations/" + id;
		}
		try (java.io.InputStream in = file.getInputStream()) {
			WorksheetExcel.ImportResult read = excel.read(in, ws, LocaleContextHolder.getLocale());
			SelfAssessmentService.ImportOutcome outcome = service.importRows(user, id, read, (k, a) -> message(k, a));
			if (!outcome.errors().isEmpty()) {
				redirect.addFlashAttribute("importErrors", outcome.errors());
			}
			else {
				redirect.addFlashAttribute("success", message("worksheet.imported", outcome.changed()));
			}
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("error", message(e.getMessageKey(), e.getArguments()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "redirect:/evaluations/" + id;
	}

	private void run(RedirectAttributes redirect, Runnable action, String successKey, Object... args) {
		try {
			action.run();
			redirect.addFlashAttribute("success", message(successKey, args));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("error", message(e.getMessageKey(), e.getArguments()));
		}
	}

	private static void keep(RedirectAttributes redirect, String title, String note, List<Integer> levels) {
		redirect.addFlashAttribute("keptTitle", title);
		redirect.addFlashAttribute("keptNote", note);
		redirect.addFlashAttribute("keptLevels", levels);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
