package id.spbe.review;

import id.spbe.common.Forms;
import id.spbe.common.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * The interview session form, apart from the entity so that whatever was typed comes back on an
 * error: the session's own fields are {@link InterviewFields} (the date and time too are kept as
 * typed, YYYY-MM-DD and HH:MM, and read by {@link #day()} and {@link #hour()}). Attendees are
 * parallel lists of names, positions and NIPs per side (the page adds rows in the browser); blank
 * rows are ignored, and a refused row gets its error on its own fields (e.g. {@code agencyNip[2]}).
 */
public class InterviewForm extends InterviewFields {

	private List<String> assessorName = new ArrayList<>();
	private List<String> assessorPosition = new ArrayList<>();
	private List<String> assessorNip = new ArrayList<>();
	private List<String> agencyName = new ArrayList<>();
	private List<String> agencyPosition = new ArrayList<>();
	private List<String> agencyNip = new ArrayList<>();

	/** One attendee row as typed, for the page; {@code field} is the prefix of its inputs' names. */
	public record Row(int index, String field, String name, String position, String nip) {
	}

	/** The form filled from a stored session, with empty rows to add attendees. */
	static InterviewForm of(SessionView s) {
		InterviewForm f = new InterviewForm();
		f.at(s.heldAt().toLocalDate(), s.heldAt().toLocalTime());
		f.setPlace(s.place());
		f.setMedium(s.medium());
		f.setMeetingLink(s.meetingLink());
		f.setFindings(s.findings());
		f.setRecommendations(s.recommendations());
		for (SessionView.Attendee a : s.side(SessionView.Side.ASSESSOR)) {
			f.assessorName.add(a.name());
			f.assessorPosition.add(a.position());
			f.assessorNip.add(a.nip());
		}
		for (SessionView.Attendee a : s.side(SessionView.Side.AGENCY)) {
			f.agencyName.add(a.name());
			f.agencyPosition.add(a.position());
			f.agencyNip.add(a.nip());
		}
		return f.withBlankRows();
	}

	/** Sets the date and time of the session. */
	public InterviewForm at(LocalDate day, LocalTime hour) {
		setDate(day.toString());
		setTime(hour.toString());
		return this;
	}

	/**
	 * Puts an error on the date or time field when what was typed there is no date or time, and on
	 * each refused attendee row's field; a refusal of a whole side (none, too many) is a form error.
	 */
	void check(Errors errors) {
		Forms.date(errors, "date", getDate());
		try {
			hour();
		}
		catch (RuleViolationException e) {
			errors.rejectValue("time", e.getMessageKey(), e.getArguments(), e.getMessageKey());
		}
		withBlankRows();
		for (AttendeeRows.Result side : attendeeRows()) {
			for (AttendeeRows.Problem p : side.problems()) {
				if (p.row() < 0) {
					errors.reject(p.key(), p.args(), p.key());
				}
				else {
					errors.rejectValue(prefix(p.side()) + p.field() + "[" + p.row() + "]", p.key(), p.args(), p.key());
				}
			}
		}
	}

	/** The attendees of both sides read by the one rule ({@link AttendeeRows}). */
	List<AttendeeRows.Result> attendeeRows() {
		return List.of(AttendeeRows.read(SessionView.Side.ASSESSOR, assessorName, assessorPosition, assessorNip),
				AttendeeRows.read(SessionView.Side.AGENCY, agencyName, agencyPosition, agencyNip));
	}

	/** The rows of one side ("assessor" or "agency") as typed, for the page. */
	public List<Row> rows(String side) {
		boolean assessor = side.equals(prefix(SessionView.Side.ASSESSOR));
		List<String> names = assessor ? assessorName : agencyName;
		List<String> positions = assessor ? assessorPosition : agencyPosition;
		List<String> nips = assessor ? assessorNip : agencyNip;
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			rows.add(new Row(i, side, names.get(i), at(positions, i), at(nips, i)));
		}
		return rows;
	}

	/** The most rows a side may have, for the page's "add a row" button. */
	public int maxRows() {
		return AttendeeRows.MAX_PER_SIDE;
	}

	private static String prefix(SessionView.Side side) {
		return side == SessionView.Side.ASSESSOR ? "assessor" : "agency";
	}

	private static String at(List<String> values, int i) {
		return i < values.size() ? values.get(i) : null;
	}

	/** Pads each side to at least three rows and one blank row more, for typing. */
	InterviewForm withBlankRows() {
		AttendeeRows.pad(assessorName, assessorPosition, assessorNip);
		AttendeeRows.pad(agencyName, agencyPosition, agencyNip);
		return this;
	}

	public List<String> getAssessorName() {
		return assessorName;
	}

	public void setAssessorName(List<String> assessorName) {
		this.assessorName = new ArrayList<>(assessorName);
	}

	public List<String> getAssessorPosition() {
		return assessorPosition;
	}

	public void setAssessorPosition(List<String> assessorPosition) {
		this.assessorPosition = new ArrayList<>(assessorPosition);
	}

	public List<String> getAssessorNip() {
		return assessorNip;
	}

	public void setAssessorNip(List<String> assessorNip) {
		this.assessorNip = new ArrayList<>(assessorNip);
	}

	public List<String> getAgencyNip() {
		return agencyNip;
	}

	public void setAgencyNip(List<String> agencyNip) {
		this.agencyNip = new ArrayList<>(agencyNip);
	}

	public List<String> getAgencyName() {
		return agencyName;
	}

	public void setAgencyName(List<String> agencyName) {
		this.agencyName = new ArrayList<>(agencyName);
	}

	public List<String> getAgencyPosition() {
		return agencyPosition;
	}

	public void setAgencyPosition(List<String> agencyPosition) {
		this.agencyPosition = new ArrayList<>(agencyPosition);
	}
}
