package id.spbe.user;

import id.spbe.agency.Agencies;
import id.spbe.agency.Agency;
import java.util.HashMap;
import java.util.Map;
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
		Map<Long, String> agencyNames = new HashMap<>();
		accounts.list().stream().map(UserAccount::getAgencyId).filter(java.util.Objects::nonNull).distinct()
				.forEach(id -> agencies.byId(id).map(Agency::getName).ifPresent(n -> agencyNames.put(id, n)));
		model.addAttribute("users", accounts.list());
		model.addAttribute("agencyNames", agencyNames);
		return "admin/users";
	}
}
