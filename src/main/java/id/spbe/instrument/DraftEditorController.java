package id.spbe.instrument;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Wib;
import org.springframework.security.core.userdetails.UserDetails;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
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
 * The draft editor (ADMIN only, under /admin/**): the instrument's fields, its structure, and one
 * page per indicator. Every save reads the stored draft, applies the page's change
 * ({@link DraftEdits}) and stores the whole tree with the lock value the page was shown with; the
 * page then lists every problem of the draft. A refused save (bad input, stale lock, a version no
 * longer a draft) shows the page again with what was typed; a stale one also lists what the other
 * save changed and takes its lock value, so saving again replaces it knowingly.
 */
@Controller
class DraftEditorController {

	private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private final InstrumentVersions versions;
	private final Messages messages;

	DraftEditorController(InstrumentVersions versions, Messages messages) {
		this.versions = versions;
		this.messages = messages;
	}

	@GetMapping("/admin/instruments/{code}/versions/{version}")
	String fields(@AuthenticationPrincipal UserDetails user, @PathVariable String code, @PathVariable int version, Model model) {
		InstrumentVersionViews.StoredVersion stored = page(user, code, version, model);
		Forms.fresh(model, "fieldsForm", () -> InstrumentFieldsForm.of(stored.tree(), stored.lock()));
		return "admin/instruments/fields";
	}

	@PostMapping("/admin/instruments/{code}/versions/{version}")
	String saveFields(@AuthenticationPrincipal UserDetails user, @PathVariable String code, @PathVariable int version,
			@ModelAttribute("fieldsForm") InstrumentFieldsForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Long lock = form.lockValue(binding);
		DraftEdits.Fields fields = form.toFields(binding);
		String view = save(new Target(user, code, version, ""), new Answer(binding, model, redirect, response), lock,
				tree -> DraftEdits.withFields(tree, fields), form::setLock);
		return view != null ? view : fields(user, code, version, model);
	}

	@GetMapping("/admin/instruments/{code}/versions/{version}/structure")
	String structure(@AuthenticationPrincipal UserDetails user, @PathVariable String code, @PathVariable int version,
			Model model) {
		InstrumentVersionViews.StoredVersion stored = page(user, code, version, model);
		Forms.fresh(model, "structureForm", () -> StructureForm.of(stored.tree(), stored.lock()));
		return "admin/instruments/structure";
	}

	@PostMapping("/admin/instruments/{code}/versions/{version}/structure")
	String saveStructure(@AuthenticationPrincipal UserDetails user, @PathVariable String code, @PathVariable int version,
			@ModelAttribute("structureForm") StructureForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Long lock = form.lockValue(binding);
		DraftStructure structure = form.toStructure(binding);
		boolean sum = form.sumsParents();
		Function<InstrumentDefinition, InstrumentDefinition> change = tree -> {
			InstrumentDefinition changed = DraftEdits.restructure(tree, structure);
			return sum ? DraftEdits.sumParentWeights(changed) : changed;
		};
		String view = save(new Target(user, code, version, "/structure"), new Answer(binding, model, redirect, response),
				lock, change, form::setLock);
		return view != null ? view : structure(user, code, version, model);
	}

	@GetMapping("/admin/instruments/{code}/versions/{version}/indicators/{position}")
	String indicator(@AuthenticationPrincipal UserDetails user, @PathVariable String code, @PathVariable int version,
			@PathVariable int position, Model model) {
		InstrumentVersionViews.StoredVersion stored = page(user, code, version, model);
		InstrumentDefinition.Indicator indicator = indicatorAt(stored.tree(), position);
		model.addAttribute("indicator", indicator);
		model.addAttribute("position", position);
		Forms.fresh(model, "indicatorForm", () -> IndicatorForm.of(stored.tree(), indicator, stored.lock()));
		return "admin/instruments/indicator";
	}

	@PostMapping("/admin/instruments/{code}/versions/{version}/indicators/{position}")
	String saveIndicator(@AuthenticationPrincipal UserDetails user, @PathVariable String code, @PathVariable int version,
			@PathVariable int position, @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Long lock = form.lockValue(binding);
		DraftEdits.IndicatorContent content = form.toContent(binding);
		Function<InstrumentDefinition, InstrumentDefinition> change = tree -> {
			indicatorAt(tree, position);
			return DraftEdits.withIndicator(tree, position, content);
		};
		String view = save(new Target(user, code, version, "/indicators/" + position),
				new Answer(binding, model, redirect, response), lock, change, form::setLock);
		return view != null ? view : indicator(user, code, version, position, model);
	}

	/** The draft a save is for, and the editor page ({@code page} after the version's path) it returns to. */
	private record Target(UserDetails user, String code, int version, String page) {
	}

	/** Where a save's answer goes: the form's errors, the page's model, the redirect, the status. */
	private record Answer(BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
	}

	/**
	 * Applies {@code change} to the stored draft and stores it. Returns the redirect after a save,
	 * or null when the form was refused: then the errors are in {@code binding} and the caller
	 * shows its page again with the typed form (status 400, or 409 for a conflict).
	 */
	private String save(Target target, Answer answer, Long lock, Function<InstrumentDefinition, InstrumentDefinition> change,
			java.util.function.Consumer<String> newLock) {
		BindingResult binding = answer.binding();
		HttpServletResponse response = answer.response();
		if (lock == null && !binding.hasFieldErrors("lock")) {
			binding.reject("instrumentEdit.error.noLock");
		}
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return null;
		}
		try {
			InstrumentVersionViews.StoredVersion stored = versions.draft(target.user(), target.code(), target.version());
			versions.save(target.user(), target.code(), target.version(), change.apply(stored.tree()), lock);
			answer.redirect().addFlashAttribute("success", messages.get("instrumentEdit.saved"));
			return "redirect:/admin/instruments/" + target.code() + "/versions/" + target.version() + target.page();
		}
		catch (StaleDraftException e) {
			String when = e.changedAt() == null ? "-" : WHEN.format(Wib.of(e.changedAt()));
			binding.reject("instrumentEdit.error.stale", new Object[] { e.changedBy(), when }, null);
			answer.model().addAttribute("staleChanges", e.changes());
			newLock.accept(String.valueOf(e.currentLock()));
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
			response.setStatus(e.getKind().httpStatus());
		}
		return null;
	}

	/** The model every editor page needs: the version, its problems and its place in the list. */
	private InstrumentVersionViews.StoredVersion page(UserDetails user, String code, int version, Model model) {
		InstrumentVersionViews.StoredVersion stored = versions.draft(user, code, version);
		model.addAttribute("stored", stored);
		model.addAttribute("tree", stored.tree());
		model.addAttribute("code", code);
		model.addAttribute("version", version);
		model.addAttribute("problems", versions.problems(user, code, version));
		model.addAttribute("others", versions.versions(user, code));
		return stored;
	}

	private static InstrumentDefinition.Indicator indicatorAt(InstrumentDefinition tree, int position) {
		if (position < 0 || position >= tree.allIndicators().size()) {
			throw new id.spbe.common.NotFoundException("indicator at " + position);
		}
		return tree.allIndicators().get(position);
	}
}
