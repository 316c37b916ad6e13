package id.spbe.user;

import id.spbe.agency.Agencies;
import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's list of users, filtered and paginated, and the CSV import (ADMIN only, /admin/**). */
@Controller
class AdminUserController {

	private final UserAdministration administration;
	private final UserImport imports;
	private final Agencies agencies;
	private final Messages messages;

	AdminUserController(UserAdministration administration, UserImport imports, Agencies agencies, Messages messages) {
		this.administration = administration;
		this.imports = imports;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String users(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") UserFilter filter,
			BindingResult binding, Model model) {
		UserQuery query = filter.query(binding);
		Page<AccountRow> page = administration.search(user, query, filter.pageNumber(binding));
		model.addAttribute("users", page);
		model.addAttribute("pageQuery", filter.withoutPage());
		model.addAttribute("agencies", agencies.all());
		model.addAttribute("agencyNames", agencies.names(page.stream().map(AccountRow::agencyId)
				.filter(Objects::nonNull).distinct().toList()));
		model.addAttribute("roles", Role.values());
		Forms.fresh(model, "importForm", ImportForm::new);
		return "admin/users";
	}

	/** All or nothing: a file with any bad line changes nothing and lists every error by line and column. */
	@PostMapping("/admin/users/import")
	String importCsv(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("importForm") ImportForm form,
			BindingResult binding, RedirectAttributes redirect) {
		MultipartFile file = form.getFile();
		// the kept form travels in the session (PostgreSQL, serialised): an error must not hold the upload
		form.setFile(null);
		if (file == null || file.isEmpty()) {
			binding.rejectValue("file", "users.import.noFile");
		}
		else {
			try (InputStream in = file.getInputStream()) {
				int created = imports.importCsv(user, in);
				redirect.addFlashAttribute("success", messages.get("users.imported", created));
				return "redirect:/admin/users";
			}
			catch (RuleViolationException e) {
				imports.reject(binding, e);
			}
			catch (IOException e) {
				binding.rejectValue("file", "users.import.unreadable");
			}
		}
		Forms.keep(redirect, "importForm", form, binding);
		return "redirect:/admin/users";
	}

	/** The import's file; kept only as the carrier of the refusal. */
	static class ImportForm implements java.io.Serializable {

		private transient MultipartFile file;

		public MultipartFile getFile() {
			return file;
		}

		public void setFile(MultipartFile file) {
			this.file = file;
		}
	}
}
