package id.spbe.selfassessment;

import id.spbe.common.FormValues;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceUploads;
import id.spbe.user.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's evidence on an indicator's page: upload a file, add a link, reuse evidence of another
 * indicator, remove it, upload a new file version. Each returns to the indicator's page.
 */
@Controller
class EvidenceController {

	private final EvidenceService evidence;
	private final EvidenceUploads uploads;
	private final Messages messages;

	EvidenceController(EvidenceService evidence, EvidenceUploads uploads, Messages messages) {
		this.evidence = evidence;
		this.uploads = uploads;
		this.messages = messages;
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/file")
	String uploadFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "levels", required = false) List<Integer> levels,
			@RequestParam(required = false) String title, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			if (UploadNames.noneChosen(file)) {
				throw RuleViolationException.badInput("evidence.error.noFile");
			}
			EvidenceUploads.UploadResult result = uploads.upload(user, id, number, new EvidenceUploads.FileRequest(
					new EvidenceUploads.Upload(UploadNames.of(file), file.getInputStream()), title, levels, note));
			if (result.duplicate() && evidence.get(user, result.evidenceId()).useFor(number).isPresent()) {
				redirect.addFlashAttribute("evidenceError", messages.get("evidence.alreadyHere"));
			}
			else if (result.duplicate()) {
				redirect.addFlashAttribute("duplicateOf", result.evidenceId());
				redirect.addFlashAttribute("duplicateLevels", levels);
			}
			else {
				redirect.addFlashAttribute("success", messages.get("evidence.uploaded", UploadNames.of(file)));
			}
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("evidenceError", messages.of(e));
			keep(redirect, title, note, levels);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return indicator(id, number);
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/link")
	String addLink(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam(required = false) String url, @RequestParam(required = false) String accessedOn,
			@RequestParam(name = "levels", required = false) List<Integer> levels,
			@RequestParam(required = false) String title, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			evidence.addLink(user, id, number,
					new EvidenceService.LinkRequest(url, FormValues.date(accessedOn), title, levels, note));
			redirect.addFlashAttribute("success", messages.get("evidence.linked", url));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("linkError", messages.of(e));
			keep(redirect, title, note, levels);
			redirect.addFlashAttribute("keptUrl", url);
			redirect.addFlashAttribute("keptAccessedOn", accessedOn);
		}
		return indicator(id, number);
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/reuse")
	String reuse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam long evidenceId, @RequestParam(name = "levels", required = false) List<Integer> levels,
			RedirectAttributes redirect) {
		run(redirect, () -> evidence.reuse(user, id, number, evidenceId, levels), "evidence.reused", number);
		return indicator(id, number);
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/{evidenceId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable long evidenceId, RedirectAttributes redirect) {
		run(redirect, () -> evidence.remove(user, id, number, evidenceId), "evidence.removed", number);
		return indicator(id, number);
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/{evidenceId}/version")
	String newVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable long evidenceId, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		try {
			if (UploadNames.noneChosen(file)) {
				throw RuleViolationException.badInput("evidence.error.noFile");
			}
			String name = UploadNames.of(file);
			uploads.uploadVersion(user, id, number, evidenceId, new EvidenceUploads.Upload(name, file.getInputStream()));
			redirect.addFlashAttribute("success", messages.get("evidence.versionUploaded", name));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("evidenceError", messages.of(e));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return indicator(id, number);
	}

	private void run(RedirectAttributes redirect, Runnable action, String successKey, Object... args) {
		try {
			action.run();
			redirect.addFlashAttribute("success", messages.get(successKey, args));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
	}

	private static void keep(RedirectAttributes redirect, String title, String note, List<Integer> levels) {
		redirect.addFlashAttribute("keptTitle", title);
		redirect.addFlashAttribute("keptNote", note);
		redirect.addFlashAttribute("keptLevels", levels);
	}

	private static String indicator(long id, int number) {
		return "redirect:/evaluations/" + id + "/indicators/" + number;
	}
}
