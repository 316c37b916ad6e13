package id.spbe.review;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An interview session as pages, the API and the minutes show it.
 *
 * @param heldAt date and time in WIB as entered
 * @param place  where the meeting was held (e.g. "Ruang Rapat Diskominfo"), or null
 * @param medium e.g. "Zoom Meeting" or "Tatap muka"
 * @param notes  per-indicator notes, by indicator number
 */
public record SessionView(long id, long evaluationId, LocalDateTime heldAt, String place, String medium,
		String meetingLink, String findings, String recommendations, List<Attendee> attendees, List<Note> notes,
		long createdBy) {

	/** Which side an attendee sits on. */
	public enum Side {
		ASSESSOR, AGENCY
	}

	/** An attendee; position (jabatan) and NIP (18 digits, civil servants only) may be null. */
	public record Attendee(Side side, String name, String position, String nip) {
	}

	/** A per-indicator interview note. */
	public record Note(int number, String note) {
	}

	/** Attendees of one side, in the order entered. */
	public List<Attendee> side(Side side) {
		return attendees.stream().filter(a -> a.side() == side).toList();
	}

	/** The note on one indicator, or null. */
	public String noteOn(int number) {
		return notes.stream().filter(n -> n.number() == number).map(Note::note).findFirst().orElse(null);
	}
}
