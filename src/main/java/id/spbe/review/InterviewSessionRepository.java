package id.spbe.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewSessionRepository extends JpaRepository<InterviewSession, Long> {

	List<InterviewSession> findByEvaluationIdOrderByHeldAtAscIdAsc(long evaluationId);

	Optional<InterviewSession> findByIdAndEvaluationId(long id, long evaluationId);
}
