package id.spbe.externalindex;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalIndexScoreRepository extends JpaRepository<ExternalIndexScore, Long> {

	Optional<ExternalIndexScore> findByEvaluationIdAndIndicatorNumber(long evaluationId, int indicatorNumber);
}
