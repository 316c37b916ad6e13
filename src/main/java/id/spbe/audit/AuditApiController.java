package id.spbe.audit;

import id.spbe.common.RuleViolationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit?user=&agency=&action=&from=&to=&page=}: the filtered log, newest first, for
 * administrators (refused to every other role by the API chain, SecurityConfiguration.ADMIN_API).
 * The filters are read exactly as the page reads them.
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
	Answer search(@ModelAttribute AuditFilterForm form, BindingResult binding) {
		AuditFilter filter = form.read(binding);
		if (filter == null) {
			FieldError error = binding.getFieldError();
			throw RuleViolationException.badInput("audit.error.parameter", error.getField(), error);
		}
		AuditPage page = log.search(filter);
		return new Answer(page.entries(), page.page(), AuditLog.PAGE_SIZE, page.hasNext());
	}
}
