package id.spbe.evidence;

import id.spbe.user.CurrentUser;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/evidence/{id}/content}: the file, for callers allowed to see its evaluation (404 otherwise). */
@RestController
class EvidenceApiController {

	private final EvidenceService evidence;

	EvidenceApiController(EvidenceService evidence) {
		this.evidence = evidence;
	}

	@GetMapping("/api/evidence/{id}/content")
	ResponseEntity<InputStreamResource> content(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Integer version) {
		return ContentResponses.of(evidence.open(user, id, version), false);
	}
}
