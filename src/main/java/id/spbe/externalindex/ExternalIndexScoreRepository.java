package id.spbe.externalindex;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalIndexScoreRepository extends JpaRepository<ExternalIndexScore, Long> {

	List<ExternalIndexScore> findByEvaluationIdIn(Collection<Long> evaluationIds);

	Optional<ExternalIndexScore> findByEvaluationIdAndIndicatorNumber(long evaluationId, int indicatorNumber);
}
