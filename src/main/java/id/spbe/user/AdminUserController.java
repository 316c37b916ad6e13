package id.spbe.user;

import id.spbe.agency.Agencies;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administrator's list of logins (ADMIN only, see SecurityConfiguration). */
@Controller
class AdminUserController {

	private final UserAccounts accounts;
	private final Agencies agencies;

	AdminUserController(UserAccounts accounts, Agencies agencies) {
		this.accounts = accounts;
		this.agencies = agencies;
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		List<UserView> users = accounts.list();
		model.addAttribute("users", users);
		model.addAttribute("agencyNames", agencies.names(users.stream().map(UserView::agencyId)
				.filter(java.util.Objects::nonNull).distinct().toList()));
		return "admin/users";
	}
}
