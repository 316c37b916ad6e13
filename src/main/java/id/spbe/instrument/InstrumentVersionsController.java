package id.spbe.instrument;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import org.springframework.security.core.userdetails.UserDetails;
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
 * The administrator's list of instrument versions (ADMIN only, under /admin/**) and the actions
 * on a version: a new draft copied from it, a new empty instrument, publish, retire, delete. The
 * rules (only a valid draft is published, a used version never changes) are the service's; a
 * refusal comes back to the page with its reason, and a refused publish with every problem.
 */
@Controller
class InstrumentVersionsController {

	private static final String LIST = "redirect:/admin/instruments";

	private final InstrumentVersions versions;
	private final Messages messages;

	InstrumentVersionsController(InstrumentVersions versions, Messages messages) {
		this.versions = versions;
		this.messages = messages;
	}

	@GetMapping("/admin/instruments")
	String list(@AuthenticationPrincipal UserDetails user, Model model) {
		model.addAttribute("versions", versions.versions(user));
		Forms.fresh(model, "newInstrumentForm", NewInstrumentForm::new);
		Forms.fresh(model, "actionForm", VersionActionForm::new);
		Forms.fresh(model, "importForm", InstrumentImportForm::new);
		return "admin/instruments/list";
	}

	@PostMapping("/admin/instruments")
	String create(@AuthenticationPrincipal UserDetails user, @ModelAttribute("newInstrumentForm") NewInstrumentForm form,
			BindingResult binding, RedirectAttributes redirect) {
		InstrumentVersions.NewInstrument header = form.toNew(binding);
		if (!binding.hasErrors()) {
			try {
				InstrumentVersions.VersionKey key = versions.createEmpty(user, header);
				return created(key, redirect);
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		Forms.keep(redirect, "newInstrumentForm", form, binding);
		return LIST + "#new";
	}

	@PostMapping("/admin/instruments/{code}/versions")
	String copy(@AuthenticationPrincipal UserDetails user, @PathVariable String code,
			@ModelAttribute("actionForm") VersionActionForm form, BindingResult binding, RedirectAttributes redirect) {
		int from = form.fromVersion(binding);
		if (!binding.hasErrors()) {
			try {
				return created(versions.copy(user, code, from), redirect);
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		Forms.keep(redirect, "actionForm", form, binding);
		return LIST;
	}

	@PostMapping("/admin/instruments/{code}/versions/{version}/publish")
	String publish(@AuthenticationPrincipal UserDetails user, @PathVariable String code, @PathVariable int version,
			@ModelAttribute("actionForm") VersionActionForm form, BindingResult binding, RedirectAttributes redirect) {
		try {
			versions.publish(user, code, version);
			redirect.addFlashAttribute("success", messages.get("instrumentEdit.published", code, version));
			return LIST;
		}
		catch (InstrumentProblemsException e) {
			binding.reject("instrumentEdit.error.invalid", new Object[] { e.problems().size() }, null);
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
		}
		// the editor's first page lists every problem of the version
		Forms.keep(redirect, "actionForm", form, binding);
		return "redirect:/admin/instruments/" + code + "/versions/" + version;
	}

	@PostMapping("/admin/instruments/{code}/versions/{version}/retire")
	String retire(@AuthenticationPrincipal UserDetails user, @PathVariable String code, @PathVariable int version,
			@ModelAttribute("actionForm") VersionActionForm form, BindingResult binding, RedirectAttributes redirect) {
		try {
			versions.retire(user, code, version);
			redirect.addFlashAttribute("success", messages.get("instrumentEdit.retired", code, version));
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
			Forms.keep(redirect, "actionForm", form, binding);
		}
		return LIST;
	}

	@PostMapping("/admin/instruments/{code}/versions/{version}/delete")
	String delete(@AuthenticationPrincipal UserDetails user, @PathVariable String code, @PathVariable int version,
			@ModelAttribute("actionForm") VersionActionForm form, BindingResult binding, RedirectAttributes redirect) {
		try {
			versions.delete(user, code, version);
			redirect.addFlashAttribute("success", messages.get("instrumentEdit.deleted", code, version));
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
			Forms.keep(redirect, "actionForm", form, binding);
		}
		return LIST;
	}

	private String created(InstrumentVersions.VersionKey key, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", messages.get("instrumentEdit.created", key.code(), key.version()));
		return "redirect:/admin/instruments/" + key.code() + "/versions/" + key.version();
	}
}
