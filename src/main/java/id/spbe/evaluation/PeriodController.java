package id.spbe.evaluation;

import id.spbe.agency.AgencyType;
import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.PeriodActionForms.CopyForm;
import id.spbe.evaluation.PeriodActionForms.EnrolForm;
import id.spbe.evaluation.PeriodActionForms.UploadForm;
import id.spbe.user.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages of periods (ADMIN only, /admin/**): list, create, change before the
 * start, enrol agencies, assessor teams by CSV or copied from another period, and each assessor's
 * workload. Refused forms come back with what was typed and the reasons.
 */
@Controller
class PeriodController {

	private final Periods periods;
	private final Enrolments enrolments;
	private final TeamImport teamImport;
	private final PeriodPages pages;
	private final Messages messages;

	PeriodController(Periods periods, Enrolments enrolments, TeamImport teamImport, PeriodPages pages,
			Messages messages) {
		this.periods = periods;
		this.enrolments = enrolments;
		this.teamImport = teamImport;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/admin/periods")
	String list(Model model) {
		model.addAttribute("periods", periods.list());
		model.addAttribute("enrolled", periods.enrolledCounts());
		return "admin/periods";
	}

	@GetMapping("/admin/periods/new")
	String newPeriod(Model model) {
		Forms.fresh(model, "periodForm", PeriodForm::new);
		model.addAttribute("instruments", periods.publishedInstruments());
		return "admin/period-new";
	}

	@PostMapping("/admin/periods")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("periodForm") PeriodForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Evaluations.NewPeriod p = form.toPeriod(binding);
		if (p != null) {
			try {
				PeriodView created = periods.create(user, p);
				redirect.addFlashAttribute("success", messages.get("period.created"));
				return "redirect:/admin/periods/" + created.id();
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		model.addAttribute("instruments", periods.publishedInstruments());
		return "admin/period-new";
	}

	@GetMapping("/admin/periods/{id}")
	String period(@PathVariable long id, Model model) {
		pages.period(id, model);
		return "admin/period";
	}

	@PostMapping("/admin/periods/{id}")
	String change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("periodForm") PeriodForm form, BindingResult binding, RedirectAttributes redirect) {
		periods.get(id);
		Evaluations.NewPeriod p = form.toPeriod(binding);
		if (p != null) {
			try {
				periods.change(user, id, p);
				redirect.addFlashAttribute("success", messages.get("period.changed"));
				return back(id);
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		Forms.keep(redirect, "periodForm", form, binding);
		return back(id);
	}

	@PostMapping("/admin/periods/{id}/enrolments")
	String enrol(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("enrolForm") EnrolForm form, BindingResult binding, RedirectAttributes redirect) {
		periods.get(id);
		AgencyType type = Forms.choice(binding, "type", AgencyType.class, form.getType());
		if (!binding.hasErrors()) {
			try {
				boolean all = "ALL".equals(form.getScope());
				Enrolments.Enrolled done = enrolments.enrol(user, id, new Enrolments.Enrolment(null, all,
						type, form.getProvince()));
				redirect.addFlashAttribute("success", messages.get("enrolment.done", done.added(), done.alreadyIn()));
				return back(id);
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		Forms.keep(redirect, "enrolForm", form, binding);
		return back(id);
	}

	@PostMapping("/admin/periods/{id}/enrolments/csv")
	String enrolCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@ModelAttribute("enrolCsvForm") UploadForm form, BindingResult binding, RedirectAttributes redirect)
			throws IOException {
		periods.get(id);
		try (InputStream in = open(file)) {
			Enrolments.Enrolled done = enrolments.enrolCsv(user, id, in);
			redirect.addFlashAttribute("success", messages.get("enrolment.done", done.added(), done.alreadyIn()));
		}
		catch (RuleViolationException e) {
			PeriodPages.reject(binding, e);
			Forms.keep(redirect, "enrolCsvForm", form, binding);
		}
		return back(id);
	}

	@PostMapping("/admin/periods/{id}/teams")
	String teams(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@ModelAttribute("teamCsvForm") UploadForm form, BindingResult binding, RedirectAttributes redirect)
			throws IOException {
		periods.get(id);
		try (InputStream in = open(file)) {
			int set = teamImport.importCsv(user, id, in);
			redirect.addFlashAttribute("success", messages.get("teamCsv.done", set));
		}
		catch (RuleViolationException e) {
			PeriodPages.reject(binding, e);
			Forms.keep(redirect, "teamCsvForm", form, binding);
		}
		return back(id);
	}

	@PostMapping("/admin/periods/{id}/teams/copy")
	String copy(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("copyForm") CopyForm form, BindingResult binding, RedirectAttributes redirect) {
		periods.get(id);
		Long from = Forms.whole(binding, "fromPeriodId", form.getFromPeriodId());
		if (from == null && !binding.hasErrors()) {
			binding.rejectValue("fromPeriodId", "teamCopy.error.noSource");
		}
		if (!binding.hasErrors()) {
			try {
				AssessorTeams.Copied c = teamImport.copy(user, from, id);
				redirect.addFlashAttribute("success", messages.get("teamCopy.done", c.copied(), c.hadTeam(), c.noTeamBefore()));
				return back(id);
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		Forms.keep(redirect, "copyForm", form, binding);
		return back(id);
	}

	@GetMapping("/admin/periods/{id}/workload")
	String workload(@PathVariable long id, Model model) {
		pages.workload(id, model);
		return "admin/workload";
	}

	private static InputStream open(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw RuleViolationException.badInput("csv.error.empty");
		}
		return file.getInputStream();
	}

	private static String back(long id) {
		return "redirect:/admin/periods/" + id;
	}
}
