package id.spbe.review;

import id.spbe.common.FormValues;
import id.spbe.common.RuleViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The interview session's own fields of {@link InterviewForm} (when, where, how, findings), kept as
 * typed so that they come back on an error; the attendee rows are the form's. Package-private: the
 * form's public getters and setters are inherited (javac makes them public on the form itself), so
 * the field names bound from the page stay {@code date}, {@code place} and so on.
 */
abstract class InterviewFields implements Serializable {

	private String date;
	private String time;
	private String place;
	private String medium;
	private String meetingLink;
	private String findings;
	private String recommendations;

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

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
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
}
