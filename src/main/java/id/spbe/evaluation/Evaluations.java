package id.spbe.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public API of the evaluation module: periods and the evaluations in them. */
@Service
@Transactional(readOnly = true)
public class Evaluations {

	private final EvaluationPeriodRepository periods;
	private final EvaluationRepository evaluations;
	private final Clock clock;

	Evaluations(EvaluationPeriodRepository periods, EvaluationRepository evaluations, Optional<Clock> clock) {
		this.periods = periods;
		this.evaluations = evaluations;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The period named {@code name}, created with these values when missing. */
	@Transactional
	public EvaluationPeriod findOrCreatePeriod(int year, String name, long instrumentId, LocalDate selfStart,
			LocalDate selfEnd, LocalDate reviewStart, LocalDate reviewEnd) {
		return periods.findByName(name).orElseGet(() -> periods
				.save(new EvaluationPeriod(year, name, instrumentId, selfStart, selfEnd, reviewStart, reviewEnd)));
	}

	/** The agency's evaluation in the period, opened in self-assessment when missing. */
	@Transactional
	public EvaluationSummary findOrOpen(long periodId, long agencyId) {
		Evaluation evaluation = evaluations.findByPeriodIdAndAgencyId(periodId, agencyId).orElseGet(() -> {
			EvaluationPeriod period = periods.findById(periodId).orElseThrow();
			return evaluations.save(new Evaluation(period, agencyId, clock.instant()));
		});
		return EvaluationSummary.of(evaluation);
	}

	/** The agency's evaluations, newest year first. */
	public List<EvaluationSummary> forAgency(long agencyId) {
		return evaluations.findByAgency(agencyId).stream().map(EvaluationSummary::of).toList();
	}

	/** Number of periods. */
	public long countPeriods() {
		return periods.count();
	}
}
