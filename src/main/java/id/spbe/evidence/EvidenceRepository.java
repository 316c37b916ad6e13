package id.spbe.evidence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	@Query("select distinct e from Evidence e join e.versions v where e.evaluationId = :evaluationId "
			+ "and e.hidden = false and v.sha256 = :sha256")
	List<Evidence> findVisibleWithFile(long evaluationId, String sha256);

	@Query("select count(v) from EvidenceVersion v")
	long countVersions();
}
