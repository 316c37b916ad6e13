package id.spbe.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WindowExtensionRepository extends JpaRepository<WindowExtension, Long> {

	List<WindowExtension> findByEvaluationIdOrderByExtendedAtDescIdDesc(long evaluationId);
}
