package id.spbe.evaluation;

import id.spbe.common.Forms;
import java.io.Serializable;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/** The administrator's period form as typed: year, name, the instrument version's id, and the four windows' dates. */
class PeriodForm implements Serializable {

	private String year;
	private String name;
	private String instrumentId;
	private String selfFrom;
	private String selfTo;
	private String reviewFrom;
	private String reviewTo;
	private String interviewFrom;
	private String interviewTo;
	private String finalFrom;
	private String finalTo;

	/** The form filled with a stored period, for changing it. */
	static PeriodForm of(PeriodView p) {
		PeriodForm f = new PeriodForm();
		f.year = String.valueOf(p.year());
		f.name = p.name();
		f.instrumentId = String.valueOf(p.instrumentId());
		f.selfFrom = text(p.selfAssessmentStart());
		f.selfTo = text(p.selfAssessmentEnd());
		f.reviewFrom = text(p.reviewStart());
		f.reviewTo = text(p.reviewEnd());
		f.interviewFrom = text(p.interviewStart());
		f.interviewTo = text(p.interviewEnd());
		f.finalFrom = text(p.finalStart());
		f.finalTo = text(p.finalEnd());
		return f;
	}

	private static String text(LocalDate d) {
		return d == null ? null : d.toString();
	}

	/** The typed values as a period, or null with errors on the fields that do not parse. */
	Evaluations.NewPeriod toPeriod(Errors errors) {
		Long y = Forms.whole(errors, "year", year);
		if (y == null && !errors.hasFieldErrors("year")) {
			errors.rejectValue("year", "csv.error.required");
		}
		Long instrument = Forms.whole(errors, "instrumentId", instrumentId);
		if (instrument == null && !errors.hasFieldErrors("instrumentId")) {
			errors.rejectValue("instrumentId", "period.error.noInstrument");
		}
		LocalDate[] d = { Forms.date(errors, "selfFrom", selfFrom), Forms.date(errors, "selfTo", selfTo),
				Forms.date(errors, "reviewFrom", reviewFrom), Forms.date(errors, "reviewTo", reviewTo),
				Forms.date(errors, "interviewFrom", interviewFrom), Forms.date(errors, "interviewTo", interviewTo),
				Forms.date(errors, "finalFrom", finalFrom), Forms.date(errors, "finalTo", finalTo) };
		if (errors.hasErrors()) {
			return null;
		}
		return new Evaluations.NewPeriod(y.intValue(), name, instrument, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]);
	}

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getInstrumentId() {
		return instrumentId;
	}

	public void setInstrumentId(String instrumentId) {
		this.instrumentId = instrumentId;
	}

	public String getSelfFrom() {
		return selfFrom;
	}

	public void setSelfFrom(String selfFrom) {
		this.selfFrom = selfFrom;
	}

	public String getSelfTo() {
		return selfTo;
	}

	public void setSelfTo(String selfTo) {
		this.selfTo = selfTo;
	}

	public String getReviewFrom() {
		return reviewFrom;
	}

	public void setReviewFrom(String reviewFrom) {
		this.reviewFrom = reviewFrom;
	}

	public String getReviewTo() {
		return reviewTo;
	}

	public void setReviewTo(String reviewTo) {
		this.reviewTo = reviewTo;
	}

	public String getInterviewFrom() {
		return interviewFrom;
	}

	public void setInterviewFrom(String interviewFrom) {
		this.interviewFrom = interviewFrom;
	}

	public String getInterviewTo() {
		return interviewTo;
	}

	public void setInterviewTo(String interviewTo) {
		this.interviewTo = interviewTo;
	}

	public String getFinalFrom() {
		return finalFrom;
	}

	public void setFinalFrom(String finalFrom) {
		this.finalFrom = finalFrom;
	}

	public String getFinalTo() {
		return finalTo;
	}

	public void setFinalTo(String finalTo) {
		this.finalTo = finalTo;
	}
}
