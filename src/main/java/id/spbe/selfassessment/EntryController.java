package id.spbe.selfassessment;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.PageParts;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Wib;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.ClarificationView;
import id.spbe.evaluation.ConcurrentEditException;
import id.spbe.evaluation.Evaluations;
import id.spbe.evaluation.TransitionForm;
import id.spbe.evidence.EvidenceUploads;
import id.spbe.evidence.EvidenceView;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.review.ItemBoard;
import id.spbe.review.Judgements;
import id.spbe.user.CurrentUser;
import id.spbe.worksheet.IndicatorRow;
import id.spbe.worksheet.Worksheet;
import id.spbe.worksheet.Worksheets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The agency's entries: the overview of every indicator, one indicator's page, saving, approving, assigning. */
@Controller
class EntryController {

	private final SelfAssessmentService service;
	private final Worksheets worksheets;
	private final EntryPermissions permissions;
	private final EvidenceUploads uploads;
	private final Evaluations evaluations;
	private final Messages messages;
	private final Judgements judgements;
	private final Clock clock;
	private final PageParts parts;

	EntryController(SelfAssessmentService service, Worksheets worksheets, EntryPermissions permissions,
			EvidenceUploads uploads, Evaluations evaluations, Messages messages, Judgements judgements, Clock clock,
			PageParts parts) {
		this.parts = parts;
		this.service = service;
		this.worksheets = worksheets;
		this.permissions = permissions;
		this.uploads = uploads;
		this.evaluations = evaluations;
		this.messages = messages;
		this.judgements = judgements;
		this.clock = clock;
	}

	@GetMapping("/evaluations/{id}")
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean mine, Model model, Locale locale) {
		Worksheet ws = worksheets.worksheet(user, id);
		model.addAttribute("ws", ws);
		model.addAttribute("mine", mine);
		model.addAttribute("user", user);
		boolean mayAssign = permissions.mayAssign(user, ws);
		boolean mayApproveMany = permissions.mayApproveMany(user, ws);
		model.addAttribute("mayAssign", mayAssign);
		model.addAttribute("mayApproveMany", mayApproveMany);
		model.addAttribute("mayImport", permissions.mayImport(user, ws));
		model.addAttribute("mayHandBack", permissions.mayHandBack(user));
		model.addAttribute("operators", ws.operators());
		model.addAttribute("units", ws.units());
		model.addAttribute("events", evaluations.events(id));
		model.addAttribute("clarification", evaluations.openClarification(ws.evaluation()).orElse(null));
		List<Integer> myNumbers = ws.rows().stream().filter(r -> r.isAssignedTo(user)).map(r -> r.indicator().number())
				.toList();
		model.addAttribute("myNumbers", myNumbers);
		Forms.fresh(model, "assignForm", AssignForm::new);
		Forms.fresh(model, "approvalsForm", ApprovalsForm::new);
		Forms.fresh(model, "importForm", ImportForm::new);
		Forms.fresh(model, "transitionForm", TransitionForm::new);
		model.addAttribute("indicatorSections", parts.render("selfassessment/overviewSections.jte",
				new OverviewSections(ws, locale, mine, myNumbers, mayAssign, mayApproveMany,
						(AssignForm) model.getAttribute("assignForm"),
						(ApprovalsForm) model.getAttribute("approvalsForm"),
						PageParts.contextPath() + "/evaluations/" + id + "/indicators/")));
		return "evaluations/overview";
	}

	@GetMapping("/evaluations/{id}/indicators/{number}")
	String indicator(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam(name = "evidencePage", required = false) String evidencePage, Model model) {
		Worksheet ws = worksheets.worksheet(user, id);
		AssessmentView entry = ws.row(number).entry();
		Forms.fresh(model, "entryForm", () -> new EntryForm(ws.level(entry.selfLevel()), entry.justification(), entry.version()));
		return indicatorPage(user, ws, number, EvidencePage.parse(evidencePage), model);
	}

	private String indicatorPage(CurrentUser user, Worksheet ws, int number, int evidencePage, Model model) {
		IndicatorRow row = ws.row(number);
		Forms.fresh(model, "evidenceItemForm", EvidenceItemForm::new);
		EvidenceItemForm refused = (EvidenceItemForm) model.getAttribute("evidenceItemForm");
		EvidencePage page = EvidencePage.of(EvidencePage.newestFirst(row.evidence()), evidencePage, refused.about());
		model.addAttribute("evidencePage", page);
		model.addAttribute("ws", ws);
		model.addAttribute("row", row);
		model.addAttribute("user", user);
		boolean canEdit = permissions.mayEdit(user, ws, row);
		boolean canAddEvidence = permissions.mayAddEvidence(user, ws, row);
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("canAddEvidence", canAddEvidence);
		model.addAttribute("canApprove", permissions.mayApprove(user, ws, row));
		ClarificationView open = evaluations.openClarification(ws.evaluation()).orElse(null);
		model.addAttribute("clarification", open);
		// the agency sees item judgements when it sees the review, or for an indicator sent back to it
		boolean judgementsShown = ws.reviewVisible() || (open != null && open.includes(number));
		ItemBoard items = judgements.itemsOf(row, judgementsShown);
		List<EvidenceView> reusable = ws.rows().stream().flatMap(r -> r.evidence().stream()).distinct()
				.filter(e -> e.useFor(number).isEmpty()).toList();
		model.addAttribute("items", items);
		model.addAttribute("reusable", reusable);
		model.addAttribute("maxMb", uploads.maxBytes() / (1024 * 1024));
		String accept = uploads.acceptedExtensions();
		model.addAttribute("accept", accept);
		model.addAttribute("maxJustification", SelfAssessmentService.MAX_JUSTIFICATION);
		model.addAttribute("today", Wib.today(clock));
		Forms.fresh(model, "approveForm", ApproveForm::new);
		Forms.fresh(model, "fileEvidenceForm", FileEvidenceForm::new);
		Forms.fresh(model, "linkForm", () -> {
			LinkForm link = new LinkForm();
			link.setAccessedOn(Wib.today(clock).toString());
			return link;
		});
		Forms.fresh(model, "reuseForm", ReuseForm::new);
		String contextPath = PageParts.contextPath();
		IndicatorParts shown = new IndicatorParts(ws, row, items, judgementsShown, reusable,
				(ReuseForm) model.getAttribute("reuseForm"), LocaleContextHolder.getLocale(), contextPath);
		model.addAttribute("criteria", parts.render("selfassessment/criteria.jte", shown));
		model.addAttribute("reuseOptions", parts.render("selfassessment/reuseOptions.jte", shown));
		addItemChoices(model, row.indicator().evidenceItems());
		String actions = contextPath + "/evaluations/" + ws.evaluation().id() + "/indicators/" + number + "/evidence/";
		model.addAttribute("evidenceList", parts.render("selfassessment/evidenceList.jte", new EvidenceList(page, number,
				judgementsShown, canAddEvidence, canEdit, open, accept, row.indicator().evidenceItems(), refused.about(),
				errors(model), refused.getItems(), actions, contextPath, PageParts.csrfToken())));
		return "evaluations/indicator";
	}

	/** The errors of a refused action on one evidence item, shown beside it in the list. */
	private List<String> errors(Model model) {
		BindingResult binding = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "evidenceItemForm");
		return binding == null ? List.of() : binding.getAllErrors().stream().map(messages::get).toList();
	}

	/** The evidence item checkboxes of the upload, link and reuse forms, as each form was typed. */
	private void addItemChoices(Model model, List<InstrumentDefinition.EvidenceItem> items) {
		Locale locale = LocaleContextHolder.getLocale();
		EvidenceFields file = (EvidenceFields) model.getAttribute("fileEvidenceForm");
		EvidenceFields link = (EvidenceFields) model.getAttribute("linkForm");
		ReuseForm reuse = (ReuseForm) model.getAttribute("reuseForm");
		model.addAttribute("fileChoices", choices("f", file.itemChoices(items, locale)));
		model.addAttribute("linkChoices", choices("l", link.itemChoices(items, locale)));
		model.addAttribute("reuseChoices", choices("r", reuse.itemChoices(items, locale)));
	}

	private String choices(String prefix, List<ItemChoice> choices) {
		return parts.render("selfassessment/itemChoices.jte", new ItemChoices(prefix, choices));
	}

	@PostMapping("/evaluations/{id}/indicators/{number}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@ModelAttribute("entryForm") EntryForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			SelfAssessmentService.EntryChange change = form.change(binding);
			if (!binding.hasErrors()) {
				service.save(user, id, number, change);
				redirect.addFlashAttribute("success", messages.get("selfAssessment.saved", number));
				return "redirect:/evaluations/" + id + "/indicators/" + number;
			}
		}
		catch (ConcurrentEditException e) {
			model.addAttribute("conflict", e.getCurrent());
			form.setVersion(String.valueOf(e.getCurrent().version()));
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
		}
		return indicatorPage(user, worksheets.worksheet(user, id), number, 1, model);
	}

	@PostMapping("/evaluations/{id}/indicators/{number}/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@ModelAttribute("approveForm") ApproveForm form, BindingResult binding, RedirectAttributes redirect) {
		try {
			Long seen = form.seenVersion(binding);
			if (!binding.hasErrors()) {
				service.approve(user, id, number, seen);
				redirect.addFlashAttribute("success", messages.get("selfAssessment.approved", number));
			}
		}
		catch (ConcurrentEditException e) {
			binding.reject("selfAssessment.error.changedBeforeApproval", new Object[] { number },
					"selfAssessment.error.changedBeforeApproval");
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
		}
		if (binding.hasErrors()) {
			Forms.keep(redirect, "approveForm", form, binding);
			return "redirect:/evaluations/" + id + "/indicators/" + number + "#approval";
		}
		return "redirect:/evaluations/" + id + "/indicators/" + number;
	}

	@PostMapping("/evaluations/{id}/assign")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("assignForm") AssignForm form, BindingResult binding, RedirectAttributes redirect) {
		try {
			SelfAssessmentService.Assignment assignment = form.assignment(binding);
			if (!binding.hasErrors()) {
				service.assign(user, id, assignment);
				redirect.addFlashAttribute("success", messages.get(assignment.operatorId() == null
						&& assignment.unitId() == null ? "selfAssessment.unassigned" : "selfAssessment.assigned",
						assignment.numbers().size()));
			}
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
		}
		Forms.keepIfRefused(redirect, "assignForm", form, binding);
		return "redirect:/evaluations/" + id;
	}
}
