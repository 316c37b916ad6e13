package id.spbe.instrument;

import id.spbe.common.AuditEvent;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.instrument.InstrumentVersionViews.StoredVersion;
import id.spbe.instrument.InstrumentVersionViews.VersionRow;
import org.springframework.security.core.userdetails.UserDetails;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of instrument versions for the pages and the API: list, drafts (copy or empty),
 * saving with optimistic locking, validation problems, publish, retire, delete, compare; the
 * YAML and Excel files are {@link InstrumentVersionFiles}, the rows found and locked for a change
 * {@link InstrumentRows}. Every method is for administrators only and checks it; the user is any
 * Spring Security principal ({@code CurrentUser} for pages and API), its role read from its
 * authorities, since {@code instrument} depends on no other feature module.
 *
 * <p>Life: a DRAFT is edited and may be saved while invalid; publishing (only when valid) freezes
 * it for ever; retiring a published version hides it from new periods only. A version a period
 * uses never changes and is never deleted; an unused draft may be deleted. Every change runs under
 * the version's row lock and publishes an {@link AuditEvent} ({@code INSTRUMENT_*}).
 */
@Service
@Transactional
class InstrumentVersions {

	private final InstrumentRepository instruments;
	private final InstrumentRows instrumentRows;
	private final InstrumentCatalog catalog;
	private final PeriodUse periods;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	InstrumentVersions(InstrumentRepository instruments, InstrumentRows instrumentRows, InstrumentCatalog catalog, PeriodUse periods,
			ApplicationEventPublisher events, Clock clock) {
		this.instruments = instruments;
		this.instrumentRows = instrumentRows;
		this.catalog = catalog;
		this.periods = periods;
		this.events = events;
		this.clock = clock;
	}

	/** A version's identity, as answered when one is made. */
	record VersionKey(String code, int version, InstrumentStatus status) {
	}

	/** What an empty instrument starts with. */
	record NewInstrument(String code, Text name, String regulation, boolean fractionalValues, BigDecimal scaleMin,
			BigDecimal scaleMax) {
	}

	/** Every version of every instrument, by code then newest version first. */
	@Transactional(readOnly = true)
	List<VersionRow> versions(UserDetails user) {
		InstrumentAdmin.require(user);
		Map<Long, List<String>> used = periods.all();
		return instruments.findAllByOrderByCodeAscVersionDesc().stream()
				.map(i -> new VersionRow(i.getId(), i.getCode(), i.getVersion(), i.getStatus(), i.name(),
						used.getOrDefault(i.getId(), List.of()), i.changedBy(), i.changedAt(), i.changedAction()))
				.toList();
	}

	/** The versions of one instrument, newest first; 404 when the code is unknown. */
	@Transactional(readOnly = true)
	List<VersionRow> versions(UserDetails user, String code) {
		List<VersionRow> rows = versions(user).stream().filter(r -> r.code().equals(code)).toList();
		if (rows.isEmpty()) {
			throw new NotFoundException("instrument " + code);
		}
		return rows;
	}

	/** Any version (draft or not) with its tree and lock value. */
	@Transactional(readOnly = true)
	StoredVersion draft(UserDetails user, String code, int version) {
		InstrumentAdmin.require(user);
		return stored(instrumentRows.find(code, version));
	}

	/** A new draft copied from {@code fromVersion}, numbered one above the newest version of the code. */
	VersionKey copy(UserDetails user, String code, int fromVersion) {
		InstrumentAdmin.require(user);
		InstrumentDefinition from = catalog.definition(instrumentRows.find(code, fromVersion));
		return draft(user, from, "copy of version " + fromVersion);
	}

	/** A new, empty instrument under a code not used yet (version 1): a draft to fill in. */
	VersionKey createEmpty(UserDetails user, NewInstrument header) {
		InstrumentAdmin.require(user);
		if (header.code() == null || !header.code().matches("[a-z0-9][a-z0-9-]{0,49}")) {
			throw RuleViolationException.badInput("instrument.error.code", InstrumentLimits.CODE);
		}
		InstrumentDefinition empty = new InstrumentDefinition(header.code(), 1, header.name(), header.regulation(),
				InstrumentStatus.DRAFT, header.fractionalValues(), header.scaleMin(), header.scaleMax(), header.name(),
				null, null, null, null, null);
		return draft(user, empty, "empty");
	}

	/**
	 * Replaces a draft's whole tree (code, version and status stay the row's).
	 *
	 * @return the new lock value
	 * @throws StaleDraftException when {@code expectedLock} is not the current one
	 */
	long save(UserDetails user, String code, int version, InstrumentDefinition tree, long expectedLock) {
		InstrumentAdmin.require(user);
		Instrument instrument = instrumentRows.lockEditable(code, version);
		InstrumentDefinition sent = InstrumentVersionTrees.withIdentity(tree, code, version, InstrumentStatus.DRAFT);
		if (instrument.lockValue() != expectedLock) {
			throw new StaleDraftException(instrument.lockValue(), instrument.changedBy(), instrument.changedAt(),
					InstrumentComparison.compare(sent, catalog.definition(instrument)));
		}
		instrument.replaceDraft(sent, instrumentRows.document(sent), user.getUsername(), clock.instant());
		instruments.flush();
		audit(InstrumentAction.INSTRUMENT_SAVED, code, version, null);
		return instrument.lockValue();
	}

	/** The rules the version breaks; empty when it may be published. */
	@Transactional(readOnly = true)
	List<InstrumentProblem> problems(UserDetails user, String code, int version) {
		InstrumentAdmin.require(user);
		return InstrumentValidator.problems(catalog.definition(instrumentRows.find(code, version)));
	}

	/** Freezes a valid draft: child rows written, document cleared. */
	void publish(UserDetails user, String code, int version) {
		InstrumentAdmin.require(user);
		Instrument instrument = instrumentRows.lockEditable(code, version);
		InstrumentDefinition tree = InstrumentVersionTrees.withIdentity(catalog.definition(instrument), code, version,
				InstrumentStatus.PUBLISHED);
		List<InstrumentProblem> problems = InstrumentValidator.problems(tree);
		if (!problems.isEmpty()) {
			throw new InstrumentProblemsException(problems);
		}
		instrument.publish(tree, InstrumentDocuments.contentChecksum(tree), user.getUsername(), clock.instant());
		InstrumentMapper.addChildren(instrument, tree);
		instruments.flush();
		catalog.evict(instrument.getId());
		audit(InstrumentAction.INSTRUMENT_PUBLISHED, code, version, null);
	}

	/** Hides a published version from new periods; periods that use it keep it. */
	void retire(UserDetails user, String code, int version) {
		InstrumentAdmin.require(user);
		Instrument instrument = instruments.lockByCodeAndVersion(code, version)
				.orElseThrow(() -> new NotFoundException("instrument " + code + " " + version));
		if (instrument.getStatus() != InstrumentStatus.PUBLISHED) {
			throw RuleViolationException.conflict("instrument.error.notPublished", code, version);
		}
		instrument.retire(user.getUsername(), clock.instant());
		instruments.flush();
		catalog.evict(instrument.getId());
		audit(InstrumentAction.INSTRUMENT_RETIRED, code, version, null);
	}

	/** Deletes a draft no period uses. */
	void delete(UserDetails user, String code, int version) {
		InstrumentAdmin.require(user);
		Instrument instrument = instrumentRows.lockEditable(code, version);
		instruments.delete(instrument);
		instruments.flush();
		catalog.evict(instrument.getId());
		audit(InstrumentAction.INSTRUMENT_DELETED, code, version, null);
	}

	/** How version {@code to} differs from version {@code from}. */
	@Transactional(readOnly = true)
	List<InstrumentChange> compare(UserDetails user, String code, int from, int to) {
		InstrumentAdmin.require(user);
		return InstrumentComparison.compare(catalog.definition(instrumentRows.find(code, from)), catalog.definition(instrumentRows.find(code, to)));
	}

	/** Stores {@code tree} (already checked by the caller) as a new draft under its own code and version. */
	VersionKey storeImported(UserDetails user, InstrumentDefinition tree, String detail) {
		InstrumentAdmin.require(user);
		if (instruments.findByCodeAndVersion(tree.code(), tree.version()).isPresent()) {
			throw RuleViolationException.conflict("instrument.error.exists", tree.code(), tree.version());
		}
		InstrumentDefinition draft = InstrumentVersionTrees.withIdentity(tree, tree.code(), tree.version(), InstrumentStatus.DRAFT);
		Instrument instrument = Instrument.draft(draft, instrumentRows.document(draft), user.getUsername(), clock.instant(),
				InstrumentAction.INSTRUMENT_IMPORTED);
		instruments.saveAndFlush(instrument);
		audit(InstrumentAction.INSTRUMENT_IMPORTED, tree.code(), tree.version(), detail);
		return new VersionKey(tree.code(), tree.version(), InstrumentStatus.DRAFT);
	}

	/** Any version's tree, for the exports. */
	@Transactional(readOnly = true)
	InstrumentDefinition tree(UserDetails user, String code, int version) {
		InstrumentAdmin.require(user);
		return catalog.definition(instrumentRows.find(code, version));
	}

	private VersionKey draft(UserDetails user, InstrumentDefinition content, String detail) {
		VersionKey key = instrumentRows.newDraft(user, content, "empty".equals(detail));
		audit(InstrumentAction.INSTRUMENT_CREATED, key.code(), key.version(), detail);
		return key;
	}

	private StoredVersion stored(Instrument i) {
		return new StoredVersion(i.getId(), catalog.definition(i), i.lockValue(), i.getStatus(), periods.of(i.getId()),
				i.changedBy(), i.changedAt());
	}

	private void audit(InstrumentAction action, String code, int version, String detail) {
		events.publishEvent(AuditEvent.of(action.name(), "instrument", code + "/" + version, null, detail));
	}
}
