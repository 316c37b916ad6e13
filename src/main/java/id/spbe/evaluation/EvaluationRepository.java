package id.spbe.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	@Query("select e from Evaluation e join fetch e.period p where e.agencyId = :agencyId order by p.year desc")
	List<Evaluation> findByAgency(long agencyId);

	Optional<Evaluation> findByPeriodIdAndAgencyId(long periodId, long agencyId);
}
