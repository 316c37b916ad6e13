package id.spbe.evaluation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	@Query("select e from Evaluation e join fetch e.period p where e.agencyId = :agencyId order by p.year desc, e.id")
	List<Evaluation> findByAgency(long agencyId);

	@Query("select e from Evaluation e join fetch e.period p order by p.year desc, e.id")
	List<Evaluation> findAllWithPeriod();

	@Query("select e from Evaluation e join fetch e.period p where e.id in "
			+ "(select a.evaluationId from AssessorAssignment a where a.assessorId = :assessorId) order by p.year desc, e.id")
	List<Evaluation> findAssignedTo(long assessorId);

	@Query("select e from Evaluation e join fetch e.period where e.id = :id")
	Optional<Evaluation> findWithPeriod(long id);

	/**
	 * Rows of (evaluation with its period, its agency's name, how many assignments the user has on
	 * its team): what {@link EvaluationAccess#require} needs, in one statement (every evaluation page
	 * asks for it first; an assessor's team check included); no row when it does not exist.
	 */
	@Query("select e, (select a.name from Agency a where a.id = e.agencyId), (select count(x) from AssessorAssignment x "
			+ "where x.evaluationId = e.id and x.assessorId = :userId) from Evaluation e join fetch e.period where e.id = :id")
	List<Object[]> findForViewer(long id, long userId);

	/** Serialises writes with submission: a write and a submit of one evaluation never interleave. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Evaluation e where e.id = :id")
	Optional<Evaluation> lockById(long id);

	Optional<Evaluation> findByPeriodIdAndAgencyId(long periodId, long agencyId);

	long countByPeriodId(long periodId);

	@Query("select e.period.id, count(e) from Evaluation e group by e.period.id")
	List<Object[]> countByPeriod();

	@Query("select e.agencyId from Evaluation e where e.period.id = :periodId")
	List<Long> agencyIdsOfPeriod(long periodId);

	@Query("select e from Evaluation e join fetch e.period p where p.id = :periodId order by e.id")
	List<Evaluation> findByPeriod(long periodId);
}
