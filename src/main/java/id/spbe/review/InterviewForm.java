package id.spbe.review;

import id.spbe.common.FormValues;
import id.spbe.common.Forms;
import id.spbe.common.RuleViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * The interview session form, apart from the entity so that whatever was typed comes back on an
 * error: the date and time too are kept as typed (YYYY-MM-DD, HH:MM) and read by {@link #day()}
 * and {@link #hour()}. Attendees are parallel lists of names and positions per side; blank rows
 * are ignored.
 */
public class InterviewForm implements Serializable {

	private String date;
	private String time;
	private String medium;
	private String meetingLink;
	private String findings;
	private String recommendations;
	private List<String> assessorName = new ArrayList<>();
	private List<String> assessorPosition = new ArrayList<>();
	private List<String> agencyName = new ArrayList<>();
	private List<String> agencyPosition = new ArrayList<>();

	/** The form filled from a stored session, with empty rows to add attendees. */
	static InterviewForm of(SessionView s) {
		InterviewForm f = new InterviewForm();
		f.at(s.heldAt().toLocalDate(), s.heldAt().toLocalTime());
		f.medium = s.medium();
		f.meetingLink = s.meetingLink();
		f.findings = s.findings();
		f.recommendations = s.recommendations();
		for (SessionView.Attendee a : s.side(SessionView.Side.ASSESSOR)) {
			f.assessorName.add(a.name());
			f.assessorPosition.add(a.position());
		}
		for (SessionView.Attendee a : s.side(SessionView.Side.AGENCY)) {
			f.agencyName.add(a.name());
			f.agencyPosition.add(a.position());
		}
		return f.withBlankRows();
	}

	/** Sets the date and time of the session. */
	public InterviewForm at(LocalDate day, LocalTime hour) {
		date = day.toString();
		time = hour.toString();
		return this;
	}

	/**
	 * The date as typed, or null when blank.
	 *
	 * @throws RuleViolationException BAD_INPUT "form.error.date" when it is no date
	 */
	public LocalDate day() {
		return FormValues.date(date);
	}

	/**
	 * The time as typed (HH:MM, seconds allowed), or null when blank.
	 *
	 * @throws RuleViolationException BAD_INPUT "interview.error.malformed" when it is no time
	 */
	public LocalTime hour() {
		if (time == null || time.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(time.strip());
		}
		catch (DateTimeParseException e) {
			throw RuleViolationException.badInput("interview.error.malformed", FormValues.echo(time));
		}
	}

	/** Puts an error on the date or time field when what was typed there is no date or time. */
	void check(Errors errors) {
		Forms.date(errors, "date", date);
		try {
			hour();
		}
		catch (RuleViolationException e) {
			errors.rejectValue("time", e.getMessageKey(), e.getArguments(), e.getMessageKey());
		}
	}

	/** Pads each side to at least three rows and one blank row more, for typing. */
	InterviewForm withBlankRows() {
		pad(assessorName, assessorPosition);
		pad(agencyName, agencyPosition);
		return this;
	}

	private static void pad(List<String> names, List<String> positions) {
		while (positions.size() < names.size()) {
			positions.add("");
		}
		while (names.size() < positions.size()) {
			names.add("");
		}
		long blank = names.stream().filter(n -> n == null || n.isBlank()).count();
		while (names.size() < 3 || blank < 1) {
			names.add("");
			positions.add("");
			blank++;
		}
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getTime() {
		return time;
	}

	public void setTime(String time) {
		this.time = time;
	}

	public String getMedium() {
		return medium;
	}

	public void setMedium(String medium) {
		this.medium = medium;
	}

	public String getMeetingLink() {
		return meetingLink;
	}

	public void setMeetingLink(String meetingLink) {
		this.meetingLink = meetingLink;
	}

	public String getFindings() {
		return findings;
	}

	public void setFindings(String findings) {
		this.findings = findings;
	}

	public String getRecommendations() {
		return recommendations;
	}

	public void setRecommendations(String recommendations) {
		this.recommendations = recommendations;
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
