package id.spbe.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClarificationRepository extends JpaRepository<Clarification, Long> {

	Optional<Clarification> findByEvaluationIdAndClosedAtIsNull(long evaluationId);

	List<Clarification> findByEvaluationIdOrderByRequestedAtDesc(long evaluationId);
}
