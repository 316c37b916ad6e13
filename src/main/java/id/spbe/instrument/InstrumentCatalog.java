package id.spbe.instrument;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to stored instruments: the public API of the instrument module for pages, the REST
 * API and other modules.
 */
@Service
@Transactional(readOnly = true)
public class InstrumentCatalog {

	private final InstrumentRepository instruments;
	// A published version's tree never changes, so it is read from the database once: every page,
	// save and upload needs it. Drafts are never cached (they change with every save and are read
	// only by administrators); InstrumentVersions evicts a version whose status changes.
	private final Map<Long, InstrumentDefinition> definitions = new ConcurrentHashMap<>();

	InstrumentCatalog(InstrumentRepository instruments) {
		this.instruments = instruments;
	}

	/**
	 * A draft's code, version and status by its id, or by code and version (either may be null), so
	 * that a caller refusing it can say it is a draft rather than unknown; empty when no draft matches.
	 */
	public java.util.Optional<InstrumentSummary.Draft> draft(Long id, String code, Integer version) {
		java.util.Optional<Instrument> found = id != null ? instruments.findById(id)
				: code != null && version != null ? instruments.findByCodeAndVersion(code, version) : java.util.Optional.empty();
		return found.filter(i -> i.getStatus() == InstrumentStatus.DRAFT)
				.map(i -> new InstrumentSummary.Draft(i.getCode(), i.getVersion()));
	}

	/**
	 * Every published or retired version, by code then newest version first. Drafts are the
	 * administrators' work in progress: they are listed by {@code InstrumentVersions} only.
	 */
	public List<InstrumentSummary> list() {
		return instruments.findAllByOrderByCodeAscVersionDesc().stream()
				.filter(i -> i.getStatus() != InstrumentStatus.DRAFT)
				.map(i -> InstrumentSummary.of(i.getId(), definition(i)))
				.toList();
	}

	/**
	 * The current version of {@code code}: the newest published one, else the newest retired one;
	 * never a draft.
	 *
	 * @return empty when no version of that code is stored
	 */
	public Optional<InstrumentDefinition> current(String code) {
		return currentEntity(code).map(this::definition);
	}

	/** Database id of the current version of {@code code}, see {@link #current(String)}. */
	public Optional<Long> currentId(String code) {
		return currentEntity(code).map(Instrument::getId);
	}

	/**
	 * Version {@code version} of {@code code} when it is published or retired; a draft is the
	 * administrators' work in progress and is not shown here.
	 */
	public Optional<InstrumentDefinition> version(String code, int version) {
		return instruments.findByCodeOrderByVersionDesc(code).stream()
				.filter(i -> i.getVersion() == version && i.getStatus() != InstrumentStatus.DRAFT).findFirst()
				.map(this::definition);
	}

	/** The instrument version with this database id. */
	public Optional<InstrumentDefinition> byId(long id) {
		InstrumentDefinition cached = definitions.get(id);
		return cached != null ? Optional.of(cached) : instruments.findById(id).map(this::definition);
	}

	InstrumentDefinition definition(Instrument instrument) {
		if (instrument.getStatus() == InstrumentStatus.DRAFT) {
			return InstrumentVersionTrees.ofDraft(instrument);
		}
		// another application instance may have retired the version since this one cached it: a
		// tree whose status differs from the row just read is read again
		return definitions.compute(instrument.getId(), (id, cached) -> cached != null
				&& cached.status() == instrument.getStatus() ? cached : InstrumentMapper.toDefinition(instrument));
	}

	/** Forgets the cached tree of a version whose status or content changed. */
	void evict(long id) {
		definitions.remove(id);
	}

	private Optional<Instrument> currentEntity(String code) {
		List<Instrument> versions = instruments.findByCodeOrderByVersionDesc(code);
		return versions.stream().filter(i -> i.getStatus() == InstrumentStatus.PUBLISHED).findFirst()
				.or(() -> versions.stream().filter(i -> i.getStatus() != InstrumentStatus.DRAFT)
						.max(Comparator.comparingInt(Instrument::getVersion)));
	}
}
