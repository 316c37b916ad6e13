package id.spbe.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AgencyRepository extends JpaRepository<Agency, Long>, JpaSpecificationExecutor<Agency> {

	Optional<Agency> findByName(String name);

	Optional<Agency> findByNameIgnoreCase(String name);

	Optional<Agency> findByRegionCode(String regionCode);

	List<Agency> findByActiveTrueOrderByName();

}
