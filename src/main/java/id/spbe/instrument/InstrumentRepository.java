package id.spbe.instrument;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {

	Optional<Instrument> findByCodeAndVersion(String code, int version);

	List<Instrument> findByCodeOrderByVersionDesc(String code);

	List<Instrument> findAllByOrderByCodeAscVersionDesc();
}
