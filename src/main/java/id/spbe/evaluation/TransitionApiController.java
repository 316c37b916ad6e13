package id.spbe.evaluation;

import id.spbe.common.FormValues;
import id.spbe.common.JsonBodies;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The API route of workflow moves, with the same rules as the page ({@link Transitions#move}). */
@RestController
class TransitionApiController {

	private final Transitions transitions;

	TransitionApiController(Transitions transitions) {
		this.transitions = transitions;
	}

	/** Body {@code {"action": "START_DOCUMENT_REVIEW", "note": "..."}}; REOPEN needs a note (the reason). */
	@PostMapping("/api/evaluations/{id}/transitions")
	EvaluationView transition(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody JsonNode body) {
		if (body == null || !body.isObject() || !body.has("action") || !body.get("action").isString()) {
			throw RuleViolationException.badInput("workflow.error.noAction");
		}
		EvaluationAction action;
		try {
			action = EvaluationAction.valueOf(body.get("action").asString());
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.badInput("api.error.unknownAction", FormValues.echo(body.get("action").asString()));
		}
		return transitions.move(user, id, action, JsonBodies.text(body, "note"));
	}
}
