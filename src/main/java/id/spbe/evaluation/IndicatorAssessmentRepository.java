package id.spbe.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorAssessmentRepository extends JpaRepository<IndicatorAssessment, Long> {

	List<IndicatorAssessment> findByEvaluationIdOrderByIndicatorNumber(long evaluationId);

	Optional<IndicatorAssessment> findByEvaluationIdAndIndicatorNumber(long evaluationId, int indicatorNumber);
}
