package id.spbe.evaluation;

import java.time.LocalDate;

/** An evaluation period (periode evaluasi) as the other modules see it. */
public record PeriodView(long id, int year, String name, long instrumentId, LocalDate selfAssessmentStart,
		LocalDate selfAssessmentEnd, LocalDate reviewStart, LocalDate reviewEnd) {

	static PeriodView of(EvaluationPeriod p) {
		return new PeriodView(p.getId(), p.getYear(), p.getName(), p.getInstrumentId(), p.getSelfAssessmentStart(),
				p.getSelfAssessmentEnd(), p.getReviewStart(), p.getReviewEnd());
	}
}
