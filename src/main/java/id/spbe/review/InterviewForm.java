package id.spbe.review;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The interview session form, apart from the entity so that whatever was typed comes back on an
 * error. Attendees are parallel lists of names and positions per side; blank rows are ignored.
 */
public class InterviewForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
	private LocalTime time;
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
		f.date = s.heldAt().toLocalDate();
		f.time = s.heldAt().toLocalTime();
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

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getTime() {
		return time;
	}

	public void setTime(LocalTime time) {
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
