package id.spbe.evidence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	/**
	 * The visible evidence of an evaluation with its file versions and uses, in one statement
	 * however many there are (the batch fetch would send two more per hundred). Hibernate 6 returns
	 * each evidence once without {@code distinct}.
	 */
	@Query("select e from Evidence e left join fetch e.versions v left join fetch e.uses "
			+ "where e.evaluationId = :evaluationId and e.hidden = false order by e.id, v.versionNo")
	List<Evidence> findVisibleWithAll(long evaluationId);

	@Query("select distinct e from Evidence e join e.versions v where e.evaluationId = :evaluationId "
			+ "and e.hidden = false and v.sha256 = :sha256")
	List<Evidence> findVisibleWithFile(long evaluationId, String sha256);

	@Query("select count(v) from EvidenceVersion v")
	long countVersions();
}
