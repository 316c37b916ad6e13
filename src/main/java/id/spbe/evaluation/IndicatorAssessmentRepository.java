package id.spbe.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorAssessmentRepository extends JpaRepository<IndicatorAssessment, Long> {

	List<IndicatorAssessment> findByEvaluationIdOrderByIndicatorNumber(long evaluationId);

	Optional<IndicatorAssessment> findByEvaluationIdAndIndicatorNumber(long evaluationId, int indicatorNumber);

	/** Rows of (evaluation id, number of indicators with their own level at the stage). */
	@Query("select a.evaluationId, count(s) from IndicatorAssessment a join a.scores s "
			+ "where a.evaluationId in :ids and s.stage = :stage and s.value is not null group by a.evaluationId")
	List<Object[]> countScored(java.util.Collection<Long> ids, Stage stage);

	/** Rows of (evaluation id, number of indicators). */
	@Query("select a.evaluationId, count(a) from IndicatorAssessment a where a.evaluationId in :ids group by a.evaluationId")
	List<Object[]> countByEvaluation(java.util.Collection<Long> ids);
}
