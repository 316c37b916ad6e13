package id.spbe.evaluation;

import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyType;
import id.spbe.agency.AgencyView;
import id.spbe.common.CsvImportException;
import id.spbe.common.Forms;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Wib;
import id.spbe.evaluation.PeriodActionForms.CopyForm;
import id.spbe.evaluation.PeriodActionForms.EnrolForm;
import id.spbe.evaluation.PeriodActionForms.UploadForm;
import id.spbe.instrument.InstrumentCatalog;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/** What the period pages show, read in one place so the controller only routes. */
@Component
class PeriodPages {

	private final Periods periods;
	private final EvaluationRepository evaluations;
	private final EvaluationAccess access;
	private final AssessorTeams teams;
	private final InstrumentCatalog instruments;
	private final Agencies agencies;
	private final Clock clock;

	PeriodPages(Periods periods, EvaluationRepository evaluations, EvaluationAccess access, AssessorTeams teams,
			InstrumentCatalog instruments, Agencies agencies, Clock clock) {
		this.periods = periods;
		this.evaluations = evaluations;
		this.access = access;
		this.teams = teams;
		this.instruments = instruments;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** The period page: windows, the change form while it may change, enrolment, teams and the evaluations. */
	@Transactional(readOnly = true)
	void period(long id, Model model) {
		PeriodView period = periods.get(id);
		model.addAttribute("period", period);
		model.addAttribute("instrument", instruments.byId(period.instrumentId()).orElseThrow());
		model.addAttribute("editable", period.editableOn(Wib.today(clock)));
		model.addAttribute("instruments", periods.publishedInstruments());
		Forms.fresh(model, "periodForm", () -> PeriodForm.of(period));
		Forms.fresh(model, "enrolForm", EnrolForm::new);
		Forms.fresh(model, "enrolCsvForm", UploadForm::new);
		Forms.fresh(model, "teamCsvForm", UploadForm::new);
		Forms.fresh(model, "copyForm", () -> {
			CopyForm f = new CopyForm();
			f.setFromPeriodId(periods.previous(id).map(p -> String.valueOf(p.id())).orElse(null));
			return f;
		});
		model.addAttribute("otherPeriods", periods.list().stream().filter(p -> p.id() != id).toList());
		model.addAttribute("agencyTypes", AgencyType.values());
		model.addAttribute("provinces", agencies.list().stream().map(AgencyView::province).filter(Objects::nonNull)
				.distinct().sorted().toList());
		List<EvaluationView> enrolled = access.views(evaluations.findByPeriod(id));
		model.addAttribute("evaluations", enrolled);
	}

	/** The workload page: each assessor's evaluations of the period by state. */
	@Transactional(readOnly = true)
	void workload(long id, Model model) {
		model.addAttribute("period", periods.get(id));
		model.addAttribute("workload", teams.workload(id));
		model.addAttribute("states", EvaluationState.values());
	}

	/** A refusal on an upload form: a CSV's every problem by line, or the one reason. */
	static void reject(Errors errors, RuleViolationException refusal) {
		Forms.reject(errors, refusal);
		if (refusal instanceof CsvImportException csv) {
			csv.problems().forEach(p -> p.rejectOn(errors));
		}
	}
}
