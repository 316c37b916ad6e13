package id.spbe.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationEventRepository extends JpaRepository<EvaluationEvent, Long> {

	List<EvaluationEvent> findByEvaluationIdOrderByAtAsc(long evaluationId);
}
