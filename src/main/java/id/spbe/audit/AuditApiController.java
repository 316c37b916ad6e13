package id.spbe.audit;

import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit?user=&agency=&action=&from=&to=&page=}: the filtered log, newest first, for
 * administrators. The filters are read exactly as the page reads them.
 */
@RestController
class AuditApiController {

	private final AuditLog log;

	AuditApiController(AuditLog log) {
		this.log = log;
	}

	/** The page as JSON: {@code entries}, {@code page}, {@code pageSize}, {@code hasNext}. */
	record Answer(java.util.List<AuditEntry> entries, int page, int pageSize, boolean hasNext) {
	}

	@GetMapping("/api/audit")
	Answer search(@AuthenticationPrincipal CurrentUser user, @ModelAttribute AuditFilterForm form,
			BindingResult binding) {
		if (user == null || user.getRole() != Role.ADMIN) {
			throw RuleViolationException.forbidden("audit.error.adminOnly");
		}
		AuditFilter filter = form.read(binding);
		if (filter == null) {
			FieldError error = binding.getFieldError();
			throw RuleViolationException.badInput("audit.error.parameter", error.getField(), error);
		}
		AuditPage page = log.search(filter);
		return new Answer(page.entries(), page.page(), AuditLog.PAGE_SIZE, page.hasNext());
	}
}
