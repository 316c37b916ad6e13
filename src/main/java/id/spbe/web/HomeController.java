package id.spbe.web;

import id.spbe.agency.Agencies;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Evaluations;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentSummary;
import id.spbe.notice.Notices;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.user.UserAccounts;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, one per role, each starting with what needs the user's action: admin overview, assessor inbox, agency's evaluations. */
@Controller
class HomeController {

	private final InstrumentCatalog instruments;
	private final Agencies agencies;
	private final UserAccounts accounts;
	private final Evaluations evaluations;
	private final EvaluationAccess access;
	private final Notices notices;

	HomeController(InstrumentCatalog instruments, Agencies agencies, UserAccounts accounts, Evaluations evaluations,
			EvaluationAccess access, Notices notices) {
		this.access = access;
		this.notices = notices;
		this.instruments = instruments;
		this.agencies = agencies;
		this.accounts = accounts;
		this.evaluations = evaluations;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		Map<Long, InstrumentSummary> byId = instruments.list().stream()
				.collect(Collectors.toMap(InstrumentSummary::id, Function.identity()));
		model.addAttribute("instrumentsById", byId);
		model.addAttribute("instruments", byId.values());
		// every home page starts with what waits for this user (the same list as GET /api/notices)
		model.addAttribute("notices", notices.of(user));
		if (user.getRole() == Role.ADMIN) {
			model.addAttribute("agencyCount", agencies.count());
			model.addAttribute("userCount", accounts.count());
			model.addAttribute("periodCount", evaluations.countPeriods());
			model.addAttribute("evaluations", access.visible(user));
			return "home/admin";
		}
		if (user.getRole() == Role.ASSESSOR) {
			List<EvaluationView> mine = access.visible(user);
			// the inbox reads in workflow order, what waits for the assessors first
			model.addAttribute("evaluations", mine.stream().sorted(Comparator
					.comparing((EvaluationView e) -> e.state() == EvaluationState.SELF_ASSESSMENT
							|| e.state() == EvaluationState.FINALISED)
					.thenComparing(EvaluationView::state)).toList());
			model.addAttribute("progress", evaluations.progress(mine));
			return "home/assessor";
		}
		model.addAttribute("agency", agencies.byId(user.getAgencyId()).orElseThrow());
		model.addAttribute("evaluations", evaluations.forAgency(user.getAgencyId()));
		return "home/agency";
	}
}
