package id.spbe.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamChangeRepository extends JpaRepository<TeamChange, Long> {

	List<TeamChange> findByEvaluationIdOrderByAtAscIdAsc(long evaluationId);
}
