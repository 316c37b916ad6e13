package id.spbe.notice;

import id.spbe.user.CurrentUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/notices}: the caller's own "needs your action" list (every role; nobody else's). */
@RestController
class NoticeApiController {

	private final Notices notices;

	NoticeApiController(Notices notices) {
		this.notices = notices;
	}

	@GetMapping("/api/notices")
	List<Notice> notices(@AuthenticationPrincipal CurrentUser user) {
		return notices.of(user);
	}
}
