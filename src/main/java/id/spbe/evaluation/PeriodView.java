package id.spbe.evaluation;

import java.time.LocalDate;

/**
 * An evaluation period (periode evaluasi) as the other modules see it: its instrument version and
 * its stage windows ({@code review*} is the document review).
 */
public record PeriodView(long id, int year, String name, long instrumentId, LocalDate selfAssessmentStart,
		LocalDate selfAssessmentEnd, LocalDate reviewStart, LocalDate reviewEnd, LocalDate interviewStart,
		LocalDate interviewEnd, LocalDate finalStart, LocalDate finalEnd) {

	static PeriodView of(EvaluationPeriod p) {
		return new PeriodView(p.getId(), p.getYear(), p.getName(), p.getInstrumentId(), p.getSelfAssessmentStart(),
				p.getSelfAssessmentEnd(), p.getReviewStart(), p.getReviewEnd(), p.getInterviewStart(), p.getInterviewEnd(),
				p.getFinalStart(), p.getFinalEnd());
	}

	/** The self-assessment window. */
	public DateWindow selfAssessment() {
		return new DateWindow(selfAssessmentStart, selfAssessmentEnd);
	}

	/** The document review window. */
	public DateWindow documentReview() {
		return new DateWindow(reviewStart, reviewEnd);
	}

	/** The interview window. */
	public DateWindow interview() {
		return new DateWindow(interviewStart, interviewEnd);
	}

	/** The final review window. */
	public DateWindow finalReview() {
		return new DateWindow(finalStart, finalEnd);
	}

	/** True while the period may still be edited: before its self-assessment window opens. */
	public boolean editableOn(LocalDate today) {
		return selfAssessmentStart == null || today.isBefore(selfAssessmentStart);
	}
}
