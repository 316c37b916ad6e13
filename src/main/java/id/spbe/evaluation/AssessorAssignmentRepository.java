package id.spbe.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessorAssignmentRepository extends JpaRepository<AssessorAssignment, Long> {

	List<AssessorAssignment> findByEvaluationIdOrderByLeadDescIdAsc(long evaluationId);

	Optional<AssessorAssignment> findByEvaluationIdAndAssessorId(long evaluationId, long assessorId);

	boolean existsByEvaluationIdAndAssessorId(long evaluationId, long assessorId);

	/** (assessor id, lead, evaluation state) of every assignment in the period. */
	@org.springframework.data.jpa.repository.Query("select a.assessorId, a.lead, e.state from AssessorAssignment a, "
			+ "Evaluation e where e.id = a.evaluationId and e.period.id = :periodId")
	List<Object[]> statesInPeriod(long periodId);
}
