package id.spbe.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationPeriodRepository extends JpaRepository<EvaluationPeriod, Long> {

	Optional<EvaluationPeriod> findByName(String name);
}
