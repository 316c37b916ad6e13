package id.spbe.notification;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/outbox?status=&page=}: the outbox as JSON ({@code entries}, {@code page},
 * {@code pageSize}, {@code hasNext}, {@code status}), administrators only (SecurityConfiguration.ADMIN_API).
 */
@RestController
class OutboxApiController {

	private final OutboxQuery query;

	OutboxApiController(OutboxQuery query) {
		this.query = query;
	}

	@GetMapping("/api/outbox")
	OutboxQuery.Page list(@RequestParam(required = false) String status, @RequestParam(required = false) String page) {
		return query.search(status, page);
	}
}
