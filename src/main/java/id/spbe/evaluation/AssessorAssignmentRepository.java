package id.spbe.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessorAssignmentRepository extends JpaRepository<AssessorAssignment, Long> {

	List<AssessorAssignment> findByEvaluationIdOrderByLeadDescIdAsc(long evaluationId);

	Optional<AssessorAssignment> findByEvaluationIdAndAssessorId(long evaluationId, long assessorId);

	boolean existsByEvaluationIdAndAssessorId(long evaluationId, long assessorId);
}
