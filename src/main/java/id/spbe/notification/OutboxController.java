package id.spbe.notification;

import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outbox page for administrators, {@code /admin/outbox?status=&page=}, under the ADMIN-only
 * {@code /admin/**} rule.
 */
@Controller
class OutboxController {

	private final OutboxQuery query;
	private final MailTransport transport;
	private final Messages messages;

	OutboxController(OutboxQuery query, MailTransport transport, Messages messages) {
		this.query = query;
		this.transport = transport;
		this.messages = messages;
	}

	@GetMapping("/admin/outbox")
	String page(@RequestParam(required = false) String status, @RequestParam(required = false) String page, Model model) {
		try {
			model.addAttribute("outbox", query.search(status, page));
		}
		catch (RuleViolationException e) {
			model.addAttribute("error", messages.of(e));
			model.addAttribute("outbox", query.search(null, null));
		}
		model.addAttribute("smtp", transport.enabled());
		model.addAttribute("statuses", OutboxStatus.values());
		return "admin/outbox";
	}
}
