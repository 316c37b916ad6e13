package id.spbe.instrument;

import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The instrument version rows as {@link InstrumentVersions} changes them, in its transaction: found,
 * locked for a change (only a draft no period uses), a new draft numbered one above the newest
 * version of its code, and a draft's document bounded like an imported file.
 */
@Component
class InstrumentRows {

	/** A draft's document is bounded like an imported file (spbe.instruments.max-file-size). */
	private final long maxDocumentBytes;
	private final InstrumentRepository instruments;
	private final PeriodUse periods;
	private final PeriodUse.CodeLock codeLock;
	private final Clock clock;

	InstrumentRows(InstrumentRepository instruments, PeriodUse periods, Clock clock, InstrumentFileLimits limits) {
		this.instruments = instruments;
		this.periods = periods;
		this.codeLock = periods.codeLock();
		this.clock = clock;
		this.maxDocumentBytes = limits.maxBytes();
	}

	/**
	 * Stores {@code content} as a new draft under the code's next version, the code locked so that two
	 * administrators never take the same number.
	 *
	 * @param newCode true for an empty instrument, whose code must not be used yet
	 */
	InstrumentVersions.VersionKey newDraft(UserDetails user, InstrumentDefinition content, boolean newCode) {
		codeLock.lock(content.code());
		int next = instruments.maxVersion(content.code()) + 1;
		if (next > 1 && newCode) {
			throw RuleViolationException.conflict("instrument.error.codeExists", content.code());
		}
		InstrumentDefinition draft = InstrumentVersionTrees.withIdentity(content, content.code(), next, InstrumentStatus.DRAFT);
		instruments.saveAndFlush(Instrument.draft(draft, document(draft), user.getUsername(), clock.instant(),
				InstrumentAction.INSTRUMENT_CREATED));
		return new InstrumentVersions.VersionKey(content.code(), next, InstrumentStatus.DRAFT);
	}

	/** The draft's tree as stored JSON; refused when larger than an imported file may be. */
	String document(InstrumentDefinition tree) {
		String json = InstrumentDocuments.toJson(tree);
		if (json.getBytes(StandardCharsets.UTF_8).length > maxDocumentBytes) {
			throw RuleViolationException.badInput("instrument.error.tooLarge", String.valueOf(maxDocumentBytes / 1024));
		}
		return json;
	}

	// under the row lock: a save, publish or delete and a period taking the version never interleave
	Instrument lockEditable(String code, int version) {
		Instrument instrument = instruments.lockByCodeAndVersion(code, version)
				.orElseThrow(() -> new NotFoundException("instrument " + code + " " + version));
		if (instrument.getStatus() != InstrumentStatus.DRAFT) {
			throw RuleViolationException.conflict("instrument.error.notDraft", code, version);
		}
		if (!periods.of(instrument.getId()).isEmpty()) {
			throw RuleViolationException.conflict("instrument.error.used", code, version);
		}
		return instrument;
	}

	Instrument find(String code, int version) {
		return instruments.findByCodeAndVersion(code, version)
				.orElseThrow(() -> new NotFoundException("instrument " + code + " " + version));
	}
}
