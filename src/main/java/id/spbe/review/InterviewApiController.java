package id.spbe.review;

import id.spbe.common.FormValues;
import id.spbe.common.JsonBodies;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Interview sessions over the API, with the page's rules ({@link Interviews}, {@link AttendeeRows}).
 * Body: {@code {"date": "2026-09-14", "time": "09:00", "place": "...", "medium": "Zoom Meeting",
 * "meetingLink": "https://...", "findings": "...", "recommendations": "...", "attendees":
 * [{"side": "AGENCY", "name": "...", "position": "...", "nip": "198001012005011001"}]}}; an attendee's
 * row number in a message counts the attendees of its side in the order sent.
 */
@RestController
@RequestMapping("/api/evaluations/{id}/interviews")
class InterviewApiController {

	private final Interviews interviews;

	InterviewApiController(Interviews interviews) {
		this.interviews = interviews;
	}

	@GetMapping("/{sessionId}")
	SessionView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long sessionId) {
		return interviews.get(user, id, sessionId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SessionView create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody JsonNode body) {
		long sessionId = interviews.create(user, id, form(body));
		return interviews.get(user, id, sessionId);
	}

	@PutMapping("/{sessionId}")
	SessionView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long sessionId,
			@RequestBody JsonNode body) {
		interviews.update(user, id, sessionId, form(body));
		return interviews.get(user, id, sessionId);
	}

	/** The body as the page's form, so that both are checked by the one rule. */
	private static InterviewForm form(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw RuleViolationException.badInput("api.error.interviewFields");
		}
		InterviewForm f = new InterviewForm();
		f.setDate(JsonBodies.text(body, "date"));
		f.setTime(JsonBodies.text(body, "time"));
		f.setPlace(JsonBodies.text(body, "place"));
		f.setMedium(JsonBodies.text(body, "medium"));
		f.setMeetingLink(JsonBodies.text(body, "meetingLink"));
		f.setFindings(JsonBodies.text(body, "findings"));
		f.setRecommendations(JsonBodies.text(body, "recommendations"));
		JsonNode attendees = body.get("attendees");
		if (attendees == null || attendees.isNull()) {
			return f;
		}
		if (!attendees.isArray()) {
			throw RuleViolationException.badInput("api.error.interviewFields");
		}
		for (JsonNode a : attendees) {
			if (!a.isObject()) {
				throw RuleViolationException.badInput("api.error.interviewFields");
			}
			SessionView.Side side = FormValues.choice(SessionView.Side.class, JsonBodies.text(a, "side"));
			if (side == null) {
				throw RuleViolationException.badInput("api.error.interviewFields");
			}
			boolean assessor = side == SessionView.Side.ASSESSOR;
			(assessor ? f.getAssessorName() : f.getAgencyName()).add(JsonBodies.text(a, "name"));
			(assessor ? f.getAssessorPosition() : f.getAgencyPosition()).add(JsonBodies.text(a, "position"));
			(assessor ? f.getAssessorNip() : f.getAgencyNip()).add(JsonBodies.text(a, "nip"));
		}
		return f;
	}
}
