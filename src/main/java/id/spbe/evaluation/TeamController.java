package id.spbe.evaluation;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.user.UserView;
import id.spbe.user.UserAccounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator assigns an evaluation's assessor team: a lead and members (ADMIN only, /admin/**). */
@Controller
class TeamController {

	private final AssessorTeams teams;
	private final EvaluationAccess access;
	private final UserAccounts users;
	private final Messages messages;

	TeamController(AssessorTeams teams, EvaluationAccess access, UserAccounts users, Messages messages) {
		this.teams = teams;
		this.access = access;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/admin/evaluations/{id}/team")
	String team(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		EvaluationView evaluation = access.require(user, id);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("mayChange", teams.mayChange(evaluation));
		model.addAttribute("team", teams.team(id));
		List<TeamChangeView> changes = teams.changes(id);
		model.addAttribute("changes", changes);
		List<UserView> assessors = users.list().stream().filter(u -> u.role() == Role.ASSESSOR).toList();
		model.addAttribute("assessors", assessors);
		Map<Long, String> names = assessors.stream()
				.collect(Collectors.toMap(UserView::id, UserView::fullName, (a, b) -> a, HashMap::new));
		// the history names administrators too, and assessors who may have lost that role since
		names.putAll(users.names(changes.stream().flatMap(c -> Stream.of(c.actorId(), c.assessorId())).toList()));
		model.addAttribute("names", names);
		Forms.fresh(model, "teamForm", TeamForm::new);
		return "admin/team";
	}

	@PostMapping("/admin/evaluations/{id}/team")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("teamForm") TeamForm form, BindingResult binding, RedirectAttributes redirect) {
		access.require(user, id);
		Long assessorId = form.assessor(binding);
		if (!binding.hasErrors()) {
			try {
				teams.assign(user, id, assessorId, form.asLead());
				redirect.addFlashAttribute("success", messages.get("team.assigned"));
				return "redirect:/admin/evaluations/" + id + "/team";
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		Forms.keep(redirect, "teamForm", form, binding);
		return "redirect:/admin/evaluations/" + id + "/team";
	}

	/** A removal sends no fields; a refusal comes back on the team form, the page's one form. */
	@PostMapping("/admin/evaluations/{id}/team/{assessorId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long assessorId,
			@ModelAttribute("teamForm") TeamForm form, BindingResult binding, RedirectAttributes redirect) {
		access.require(user, id);
		try {
			teams.remove(user, id, assessorId);
			redirect.addFlashAttribute("success", messages.get("team.removed"));
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
			Forms.keep(redirect, "teamForm", form, binding);
		}
		return "redirect:/admin/evaluations/" + id + "/team";
	}
}
