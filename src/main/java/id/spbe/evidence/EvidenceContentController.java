package id.spbe.evidence;

import id.spbe.user.CurrentUser;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Download and inline preview of evidence files, for people allowed to see the evaluation (404 otherwise). */
@Controller
class EvidenceContentController {

	private final EvidenceService evidence;

	EvidenceContentController(EvidenceService evidence) {
		this.evidence = evidence;
	}

	@GetMapping("/evidence/{id}/content")
	ResponseEntity<InputStreamResource> content(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Integer version, @RequestParam(defaultValue = "false") boolean inline) {
		return ContentResponses.of(evidence.open(user, id, version), inline);
	}
}
