package id.spbe.instrument;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores instrument versions. A version that is already stored is never overwritten: loading the
 * same file again is a no-op, and a file that differs from the stored version is reported and
 * ignored (publish a new version to change an instrument).
 */
@Service
class InstrumentStore {

	private static final Logger log = LoggerFactory.getLogger(InstrumentStore.class);

	/** What loading one file did. */
	enum Outcome {
		CREATED, UNCHANGED, KEPT_STORED
	}

	private final InstrumentRepository instruments;
	private final Clock clock;

	InstrumentStore(InstrumentRepository instruments, Clock clock) {
		this.instruments = instruments;
		this.clock = clock;
	}

	@Transactional
	Outcome store(InstrumentFileReader.ReadInstrument read) {
		InstrumentDefinition d = read.definition();
		Optional<Instrument> stored = instruments.findByCodeAndVersion(d.code(), d.version());
		if (stored.isPresent()) {
			if (stored.get().getChecksum().equals(read.checksum())) {
				return Outcome.UNCHANGED;
			}
			log.warn("{}: differs from the stored instrument {} version {}; the stored one is kept. "
					+ "Give the file a new version number to load it.", read.file(), d.code(), d.version());
			return Outcome.KEPT_STORED;
		}
		instruments.save(InstrumentMapper.toEntity(d, read.file(), read.checksum(), clock.instant()));
		log.info("{}: loaded instrument {} version {} ({} indicators)", read.file(), d.code(), d.version(),
				d.allIndicators().size());
		return Outcome.CREATED;
	}
}
