package id.spbe.review;

import java.time.LocalDateTime;
import java.util.List;

/** Checked details of an interview session, ready to store. */
record SessionDetails(LocalDateTime heldAt, String place, String medium, String meetingLink, String findings,
		String recommendations, List<SessionView.Attendee> attendees) {
}
