package id.spbe.instrument;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {

	Optional<Instrument> findByCodeAndVersion(String code, int version);

	List<Instrument> findByCodeOrderByVersionDesc(String code);

	List<Instrument> findAllByOrderByCodeAscVersionDesc();

	boolean existsByCode(String code);

	/** The version under a row lock: changes to one version happen one after another. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Instrument i where i.code = :code and i.version = :version")
	Optional<Instrument> lockByCodeAndVersion(@Param("code") String code, @Param("version") int version);

	@Query("select coalesce(max(i.version), 0) from Instrument i where i.code = :code")
	int maxVersion(@Param("code") String code);
}
