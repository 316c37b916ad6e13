package id.spbe.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationPeriodRepository extends JpaRepository<EvaluationPeriod, Long> {

	Optional<EvaluationPeriod> findByName(String name);

	/** Serialises changes and enrolments of one period. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@org.springframework.data.jpa.repository.Query("select p from EvaluationPeriod p where p.id = :id")
	Optional<EvaluationPeriod> lockById(long id);
}
