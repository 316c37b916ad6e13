package id.spbe.externalindex;

import id.spbe.common.CsvImportException;
import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.PeriodView;
import id.spbe.evaluation.Periods;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * The period's national index page (administrators, /admin/**): every enrolled agency with the
 * score and converted value of each external indicator or "waiting for the national index", one
 * score at a time, or all agencies of the period from a CSV file.
 */
@Controller
class ExternalIndexController {

	private final ExternalIndices indices;
	private final ExternalIndexImport imports;
	private final Periods periods;
	private final EvaluationAccess access;
	private final InstrumentCatalog instruments;
	private final Messages messages;

	ExternalIndexController(ExternalIndices indices, ExternalIndexImport imports, Periods periods,
			EvaluationAccess access, InstrumentCatalog instruments, Messages messages) {
		this.indices = indices;
		this.imports = imports;
		this.periods = periods;
		this.access = access;
		this.instruments = instruments;
		this.messages = messages;
	}

	/** One enrolled agency's row of the page. */
	record Row(EvaluationView evaluation, Map<Integer, ExternalScoreView> scores) {

		public ExternalScoreView score(int number) {
			return scores.get(number);
		}
	}

	@GetMapping("/admin/periods/{id}/external-indices")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ExternalIndices.requireAdmin(user);
		PeriodView period = periods.get(id);
		InstrumentDefinition instrument = instruments.byId(period.instrumentId()).orElseThrow();
		List<EvaluationView> enrolled = enrolled(user, id);
		Map<Long, Map<Integer, ExternalScoreView>> scores = indices.of(enrolled.stream().map(EvaluationView::id).toList(),
				instrument);
		model.addAttribute("period", period);
		model.addAttribute("indicators", ExternalIndices.external(instrument));
		model.addAttribute("rows", enrolled.stream().map(e -> new Row(e, scores.getOrDefault(e.id(), Map.of()))).toList());
		Forms.fresh(model, "scoreForm", ScoreForm::new);
		Forms.fresh(model, "csvForm", ScoreForm.UploadForm::new);
		return "admin/external-indices";
	}

	@PostMapping("/admin/periods/{id}/external-indices")
	String enter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("scoreForm") ScoreForm form, BindingResult binding, RedirectAttributes redirect) {
		ExternalIndices.requireAdmin(user);
		periods.get(id);
		Long evaluationId = Forms.whole(binding, "evaluationId", form.getEvaluationId());
		Long number = Forms.whole(binding, "indicator", form.getIndicator());
		BigDecimal score = Forms.decimal(binding, "score", form.getScore());
		LocalDate date = Forms.date(binding, "date", form.getDate());
		if (evaluationId == null && !binding.hasFieldErrors("evaluationId")) {
			binding.rejectValue("evaluationId", "external.error.noEvaluation");
		}
		if (number == null && !binding.hasFieldErrors("indicator")) {
			binding.rejectValue("indicator", "external.error.noIndicator");
		}
		if (!binding.hasErrors()) {
			try {
				if (enrolled(user, id).stream().noneMatch(e -> e.id() == evaluationId)) {
					throw RuleViolationException.badInput("external.error.notInPeriod", evaluationId);
				}
				ExternalScoreView done = indices.enter(user, evaluationId, number.intValue(),
						new ExternalIndices.Entry(score, form.getSource(), date));
				redirect.addFlashAttribute("success", messages.get("external.done", done.number(), done.value()));
				return back(id);
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		Forms.keep(redirect, "scoreForm", form, binding);
		return back(id);
	}

	@PostMapping("/admin/periods/{id}/external-indices/import")
	String importCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@ModelAttribute("csvForm") ScoreForm.UploadForm form, BindingResult binding, RedirectAttributes redirect)
			throws IOException {
		ExternalIndices.requireAdmin(user);
		periods.get(id);
		try {
			if (file == null || file.isEmpty()) {
				throw RuleViolationException.badInput("csv.error.empty");
			}
			try (InputStream in = file.getInputStream()) {
				redirect.addFlashAttribute("success", messages.get("externalCsv.done", imports.importCsv(user, id, in)));
			}
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
			if (e instanceof CsvImportException csv) {
				csv.problems().forEach(p -> p.rejectOn(binding));
			}
			Forms.keep(redirect, "csvForm", form, binding);
		}
		return back(id);
	}

	private List<EvaluationView> enrolled(CurrentUser user, long periodId) {
		return access.visible(user).stream().filter(e -> e.periodId() == periodId)
				.sorted(java.util.Comparator.comparing(EvaluationView::agencyName)).toList();
	}

	private static String back(long id) {
		return "redirect:/admin/periods/" + id + "/external-indices";
	}
}
