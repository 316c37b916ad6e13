package id.spbe.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyUnitRepository extends JpaRepository<AgencyUnit, Long> {

	List<AgencyUnit> findByAgencyIdOrderByName(long agencyId);

	List<AgencyUnit> findByAgencyIdInOrderByAgencyIdAscNameAsc(Collection<Long> agencyIds);

	Optional<AgencyUnit> findByAgencyIdAndName(long agencyId, String name);

	Optional<AgencyUnit> findByIdAndAgencyId(long id, long agencyId);
}
