package id.spbe.evidence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	/**
	 * Visible evidence with its uses; {@link #fetchVisibleVersions} then fills the versions of the
	 * same entities (two lists cannot be fetched in one query): two statements for any number.
	 */
	@Query("select distinct e from Evidence e left join fetch e.uses where e.evaluationId = :evaluationId "
			+ "and e.hidden = false order by e.id")
	List<Evidence> findVisibleWithUses(long evaluationId);

	@Query("select distinct e from Evidence e left join fetch e.versions v where e.evaluationId = :evaluationId "
			+ "and e.hidden = false order by e.id, v.versionNo")
	List<Evidence> fetchVisibleVersions(long evaluationId);

	@Query("select distinct e from Evidence e join e.versions v where e.evaluationId = :evaluationId "
			+ "and e.hidden = false and v.sha256 = :sha256")
	List<Evidence> findVisibleWithFile(long evaluationId, String sha256);

	@Query("select count(v) from EvidenceVersion v")
	long countVersions();
}
