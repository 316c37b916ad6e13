package id.spbe.selfassessment;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceUploads;
import id.spbe.user.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's evidence on an indicator's page: upload a file, add a link, reuse evidence of another
 * indicator, remove it, upload a new file version. Each returns to the indicator's page; a refused
 * form goes back with its errors and what was typed.
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
			@ModelAttribute("fileEvidenceForm") FileEvidenceForm form, BindingResult binding,
			RedirectAttributes redirect) {
		attempt(binding, () -> {
			if (UploadNames.noneChosen(file)) {
				throw RuleViolationException.badInput("evidence.error.noFile");
			}
			EvidenceUploads.FileRequest request = form.request(binding,
					new EvidenceUploads.Upload(UploadNames.of(file), file.getInputStream()));
			if (binding.hasErrors()) {
				return;
			}
			EvidenceUploads.UploadResult result = uploads.upload(user, id, number, request);
			if (result.duplicate() && evidence.get(user, result.evidenceId()).useFor(number).isPresent()) {
				binding.reject("evidence.alreadyHere");
			}
			else if (result.duplicate()) {
				// not a refusal: the same file is offered for reuse with the levels ticked
				redirect.addFlashAttribute("duplicateOf", result.evidenceId());
				redirect.addFlashAttribute("duplicateLevels", request.levels());
				redirect.addFlashAttribute("duplicateItems", request.items());
				// and what was typed stays in the form, should the user upload another file instead
				Forms.keep(redirect, "fileEvidenceForm", form, binding);
			}
			else {
				redirect.addFlashAttribute("success", messages.get("evidence.uploaded", Texts.clean(UploadNames.of(file))));
			}
		});
		return back(redirect, id, number, "fileEvidenceForm", form, binding);
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/link")
	String addLink(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@ModelAttribute("linkForm") LinkForm form, BindingResult binding, RedirectAttributes redirect) {
		attempt(binding, () -> {
			EvidenceService.LinkRequest request = form.request(binding);
			if (!binding.hasErrors()) {
				evidence.addLink(user, id, number, request);
				redirect.addFlashAttribute("success", messages.get("evidence.linked", form.getUrl()));
			}
		});
		return back(redirect, id, number, "linkForm", form, binding);
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/reuse")
	String reuse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@ModelAttribute("reuseForm") ReuseForm form, BindingResult binding, RedirectAttributes redirect) {
		attempt(binding, () -> {
			Long evidenceId = form.evidence(binding);
			List<Integer> levels = form.levels(binding);
			if (!binding.hasErrors()) {
				evidence.reuse(user, id, number, evidenceId, levels, form.items());
				redirect.addFlashAttribute("success", messages.get("evidence.reused", number));
			}
		});
		return back(redirect, id, number, "reuseForm", form, binding);
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/{evidenceId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable long evidenceId, @ModelAttribute("evidenceItemForm") EvidenceItemForm form,
			BindingResult binding, RedirectAttributes redirect) {
		form.setEvidenceId(String.valueOf(evidenceId));
		attempt(binding, () -> {
			evidence.remove(user, id, number, evidenceId);
			redirect.addFlashAttribute("success", messages.get("evidence.removed", number));
		});
		return backToItem(redirect, id, number, form, binding);
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/evidence/{evidenceId}/version")
	String newVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@PathVariable long evidenceId, @RequestParam(name = "file", required = false) MultipartFile file,
			@ModelAttribute("evidenceItemForm") EvidenceItemForm form, BindingResult binding,
			RedirectAttributes redirect) {
		form.setEvidenceId(String.valueOf(evidenceId));
		attempt(binding, () -> {
			if (UploadNames.noneChosen(file)) {
				throw RuleViolationException.badInput("evidence.error.noFile");
			}
			String name = UploadNames.of(file);
			uploads.uploadVersion(user, id, number, evidenceId, new EvidenceUploads.Upload(name, file.getInputStream()),
					form.getItems());
			redirect.addFlashAttribute("success", messages.get("evidence.versionUploaded", Texts.clean(name)));
		});
		return backToItem(redirect, id, number, form, binding);
	}

	/** A form's action; a rule's refusal of it becomes an error of the whole form. */
	private interface Action {
		void run() throws IOException;
	}

	private static void attempt(BindingResult binding, Action action) {
		try {
			action.run();
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final java.util.Map<String, String> ANCHORS = java.util.Map.of("fileEvidenceForm", "#upload",
			"linkForm", "#link", "reuseForm", "#reuse");

	/**
	 * Back to the page of the evidence list the form was sent from; when refused, to the item
	 * itself (whose page the indicator page finds from the kept form), where the message is shown.
	 */
	private static String backToItem(RedirectAttributes redirect, long id, int number, EvidenceItemForm form,
			BindingResult binding) {
		String page = "redirect:/evaluations/" + id + "/indicators/" + number + form.pageQuery();
		if (!binding.hasErrors()) {
			return page;
		}
		Forms.keep(redirect, "evidenceItemForm", form, binding);
		return page + "#evidence-item-" + form.about();
	}

	/** Back to the indicator's page, with the form and its errors when it was refused. */
	private static String back(RedirectAttributes redirect, long id, int number, String name, Object form,
			BindingResult binding) {
		if (!binding.hasErrors()) {
			return "redirect:/evaluations/" + id + "/indicators/" + number;
		}
		Forms.keep(redirect, name, form, binding);
		// back to the refused form itself, which sits far down a long page
		return "redirect:/evaluations/" + id + "/indicators/" + number + ANCHORS.getOrDefault(name, "#evidence");
	}
}
