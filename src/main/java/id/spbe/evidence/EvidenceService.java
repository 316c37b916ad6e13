package id.spbe.evidence;

import id.spbe.common.WebAddress;
import id.spbe.common.Wib;
import id.spbe.evaluation.ClarificationView;
import id.spbe.evaluation.Evaluations;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EditRules;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.EvaluationView;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Evidence (bukti dukung) of evaluations: uploads, links, reuse across indicators, new versions,
 * removal, and reading. Files are streamed to disk, checked, moved into place, and only then is
 * the database row written; if that write fails the file is deleted again, so an upload leaves
 * either a row with its file or nothing.
 */
@Service
public class EvidenceService {

	static final int MAX_TITLE = 300;
	static final int MAX_NOTE = 2000;
	static final int MAX_URL = WebAddress.MAX_LENGTH;

	/** What an upload did: stored as new evidence, or recognised as a file already in the evaluation. */
	public record UploadResult(long evidenceId, boolean duplicate) {
	}

	/** An uploaded file as received from the web layer; {@code content} is read once. */
	public record Upload(String fileName, InputStream content) {
	}

	/** File content to send back. */
	public record Content(EvidenceView.FileVersion version, InputStream stream) {
	}

	private final EvidenceRepository evidence;
	private final EvidenceStorage storage;
	private final FileTypePolicy types;
	private final EvaluationAccess access;
	private final Assessments assessments;
	private final InstrumentCatalog instruments;
	private final Evaluations evaluations;
	private final TransactionTemplate tx;
	private final TransactionTemplate readTx;
	private final long maxBytes;
	private final Clock clock;

	EvidenceService(EvidenceRepository evidence, EvidenceStorage storage, FileTypePolicy types, EvaluationAccess access,
			Assessments assessments, InstrumentCatalog instruments, PlatformTransactionManager txManager,
			@Value("${spbe.evidence.max-size:50MB}") DataSize maxSize, Clock clock,
			Evaluations evaluations) {
		this.evaluations = evaluations;
		this.evidence = evidence;
		this.storage = storage;
		this.types = types;
		this.access = access;
		this.assessments = assessments;
		this.instruments = instruments;
		this.tx = new TransactionTemplate(txManager);
		this.readTx = new TransactionTemplate(txManager);
		this.readTx.setReadOnly(true);
		this.maxBytes = maxSize.toBytes();
		this.clock = clock;
	}

	/** Largest accepted file, in bytes. */
	public long maxBytes() {
		return maxBytes;
	}

	/** Accepted file extensions, comma-separated with dots (for the file input's accept attribute). */
	public String acceptedExtensions() {
		return FileTypePolicy.ACCEPTED;
	}

	/**
	 * Uploads a file as new evidence for one indicator, or recognises a file already in the
	 * evaluation (same SHA-256) and returns it as a duplicate without storing anything.
	 *
	 * @param levels levels of the indicator the file supports, at least one, on the instrument scale
	 * @throws RuleViolationException BAD_INPUT for a refused type, a disguised type, an empty or
	 *                                oversize file, bad levels or over-long texts; CONFLICT after submission
	 * @throws NotFoundException      for an evaluation or indicator the user may not see
	 */
	public UploadResult upload(CurrentUser user, long evaluationId, int number, Upload upload, String title,
			Collection<Integer> levels, String note) {
		EvaluationView evaluation = precheck(user, evaluationId, number);
		String levelText = levels(evaluation, levels);
		String name = FileNames.clean(upload.fileName());
		String cleanTitle = text(title, MAX_TITLE, "evidence.error.titleTooLong", name);
		String cleanNote = text(note, MAX_NOTE, "evidence.error.noteTooLong", null);
		PendingFile file = receive(upload);
		try {
			String mediaType = types.check(name, file);
			Optional<Evidence> same = readTx.execute(s -> evidence.findVisibleWithFile(evaluationId, file.sha256()).stream().findFirst());
			if (same.isPresent()) {
				storage.discard(file);
				return new UploadResult(same.get().getId(), true);
			}
			long id = commitThenWrite(file, key -> tx.execute(s -> {
				AssessmentView entry = lockedEntry(user, evaluationId, number);
				Evidence e = Evidence.file(evaluationId, cleanTitle, cleanNote, user.getId(), clock.instant());
				e.addVersion(key, name, mediaType, file, user.getId(), clock.instant());
				e.use(entry.id(), levelText, user.getId(), clock.instant());
				evidence.saveAndFlush(e);
				touch(evaluation, number, user);
				return e.getId();
			}));
			return new UploadResult(id, false);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			storage.discard(file);
		}
	}

	/**
	 * Uploads a new file version of existing evidence used by indicator {@code number}; the old
	 * versions are kept. During a clarification the indicator at hand must have been sent back;
	 * the revised file then serves every indicator it supports, each judged afresh (PENDING).
	 *
	 * @throws RuleViolationException as {@link #upload}; BAD_INPUT for a link
	 */
	public void uploadVersion(CurrentUser user, long evaluationId, int number, long evidenceId, Upload upload) {
		EvaluationView evaluation = access.require(user, evaluationId);
		access.checkAgencyEvidenceWrite(user, evaluation, number);
		long assessmentId = assessments.get(evaluationId, number).id();
		EvidenceView existing = readTx.execute(s -> find(evaluationId, evidenceId).toView(Map.of()));
		if (existing.uses().stream().noneMatch(u -> u.assessmentId() == assessmentId)) {
			throw new NotFoundException("evidence " + evidenceId + " on indicator " + number);
		}
		if (existing.kind() != EvidenceKind.FILE) {
			throw RuleViolationException.badInput("evidence.error.notAFile");
		}
		String name = FileNames.clean(upload.fileName());
		PendingFile file = receive(upload);
		try {
			String mediaType = types.check(name, file);
			if (existing.current() != null && existing.current().sha256().equals(file.sha256())) {
				throw RuleViolationException.badInput("evidence.error.sameVersion", name);
			}
			commitThenWrite(file, key -> tx.execute(s -> {
				EvaluationView locked = access.lockForAgencyEvidenceWrite(user, evaluationId, number);
				Evidence e = find(evaluationId, evidenceId);
				List<AssessmentView> entries = entriesUsing(e);
				entries.forEach(entry -> EditRules.requireMayEdit(user, entry));
				requireAllSentBack(locked, entries);
				e.addVersion(key, name, mediaType, file, user.getId(), clock.instant());
				e.uses().forEach(EvidenceUse::reopenReview);
				evidence.saveAndFlush(e);
				entries.forEach(entry -> touch(locked, entry.number(), user));
				return e.getId();
			}));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			storage.discard(file);
		}
	}

	/**
	 * Adds a link (http or https URL with the date it was accessed) as evidence for one indicator.
	 *
	 * @throws RuleViolationException BAD_INPUT for a URL that is not http(s), a missing or future date
	 */
	public long addLink(CurrentUser user, long evaluationId, int number, String url, LocalDate accessedOn,
			String title, Collection<Integer> levels, String note) {
		EvaluationView evaluation = precheck(user, evaluationId, number);
		String levelText = levels(evaluation, levels);
		String cleanUrl = checkUrl(url);
		if (accessedOn == null) {
			throw RuleViolationException.badInput("evidence.error.accessedOnMissing");
		}
		if (accessedOn.isAfter(Wib.today(clock))) {
			throw RuleViolationException.badInput("evidence.error.accessedOnFuture", accessedOn);
		}
		if (accessedOn.isBefore(Wib.EARLIEST)) {
			throw RuleViolationException.badInput("evidence.error.accessedOnTooEarly", accessedOn, Wib.EARLIEST);
		}
		String cleanTitle = text(title, MAX_TITLE, "evidence.error.titleTooLong", cleanUrl);
		String cleanNote = text(note, MAX_NOTE, "evidence.error.noteTooLong", null);
		return tx.execute(s -> {
			AssessmentView entry = lockedEntry(user, evaluationId, number);
			Evidence e = Evidence.link(evaluationId, cleanTitle, cleanUrl, accessedOn, cleanNote, user.getId(), clock.instant());
			e.use(entry.id(), levelText, user.getId(), clock.instant());
			evidence.saveAndFlush(e);
			touch(evaluation, number, user);
			return e.getId();
		});
	}

	/** Uses existing evidence of the same evaluation for another indicator (no copy), or changes its levels there. */
	public void reuse(CurrentUser user, long evaluationId, int number, long evidenceId, Collection<Integer> levels) {
		EvaluationView evaluation = precheck(user, evaluationId, number);
		String levelText = levels(evaluation, levels);
		tx.executeWithoutResult(s -> {
			AssessmentView entry = lockedEntry(user, evaluationId, number);
			Evidence e = find(evaluationId, evidenceId);
			Optional<EvidenceUse> use = e.uses().stream().filter(u -> u.assessmentId() == entry.id()).findFirst();
			if (use.isPresent()) {
				use.get().setLevels(levelText);
			}
			else {
				e.use(entry.id(), levelText, user.getId(), clock.instant());
			}
			evidence.saveAndFlush(e);
			touch(evaluation, number, user);
		});
	}

	/** Removes evidence from one indicator; evidence used nowhere else is hidden, its files kept. */
	public void remove(CurrentUser user, long evaluationId, int number, long evidenceId) {
		tx.executeWithoutResult(s -> {
			// what was submitted stays: removal only during self-assessment, not in a clarification
			access.lockForAgencyWrite(user, evaluationId);
			AssessmentView entry = lockedEntry(user, evaluationId, number);
			Evidence e = find(evaluationId, evidenceId);
			if (!e.unuse(entry.id())) {
				throw new NotFoundException("evidence " + evidenceId + " on indicator " + number);
			}
			evidence.saveAndFlush(e);
			assessments.touch(evaluationId, number, user.getId());
		});
	}

	/**
	 * An assessor's judgement of evidence used for one indicator: accepted, needs revision or
	 * pending, with a note; recorded with who and when.
	 *
	 * @param note optional, at most 2000 characters
	 * @throws NotFoundException      for evidence not used for this indicator, or an evaluation the user may not see
	 * @throws RuleViolationException BAD_INPUT for a missing status or a note too long; FORBIDDEN
	 *                                for anyone but the team's assessors; CONFLICT once finalised
	 */
	public void review(CurrentUser user, long evaluationId, int number, long evidenceId, ReviewStatus status,
			String note) {
		if (status == null) {
			throw RuleViolationException.badInput("review.error.noStatus");
		}
		String cleanNote = text(note, MAX_NOTE, "evidence.error.noteTooLong", null);
		tx.executeWithoutResult(s -> {
			access.lockForReviewWrite(user, evaluationId);
			long assessmentId = assessments.get(evaluationId, number).id();
			Evidence e = find(evaluationId, evidenceId);
			if (e.isHidden()) {
				throw new NotFoundException("evidence " + evidenceId);
			}
			EvidenceUse use = e.uses().stream().filter(u -> u.assessmentId() == assessmentId).findFirst()
					.orElseThrow(() -> new NotFoundException("evidence " + evidenceId + " on indicator " + number));
			use.review(status, cleanNote, user.getId(), clock.instant());
			evidence.saveAndFlush(e);
		});
	}

	/** Visible evidence of an evaluation the user may see. */
	public List<EvidenceView> list(CurrentUser user, long evaluationId) {
		access.require(user, evaluationId);
		return listUnchecked(evaluationId);
	}

	/** Visible evidence of an evaluation, for callers that checked access already. */
	public List<EvidenceView> listUnchecked(long evaluationId) {
		return readTx.execute(s -> {
			Map<Long, Integer> numbers = numbers(evaluationId);
			return evidence.findByEvaluationIdOrderById(evaluationId).stream().filter(e -> !e.isHidden())
					.map(e -> e.toView(numbers)).toList();
		});
	}

	/** One evidence item of an evaluation the user may see. */
	public EvidenceView get(CurrentUser user, long evidenceId) {
		return readTx.execute(s -> {
			Evidence e = evidence.findById(evidenceId).orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
			access.require(user, e.getEvaluationId());
			return e.toView(numbers(e.getEvaluationId()));
		});
	}

	/**
	 * Opens a file version for download or preview, if the user may see its evaluation.
	 *
	 * @param versionNo version number, or null for the newest
	 * @throws NotFoundException otherwise, and for links
	 */
	public Content open(CurrentUser user, long evidenceId, Integer versionNo) {
		EvidenceVersion version = readTx.execute(s -> {
			Evidence e = evidence.findById(evidenceId).orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
			access.require(user, e.getEvaluationId());
			return e.versions().stream()
					.filter(v -> versionNo == null ? v.versionNo() == e.versions().size() : v.versionNo() == versionNo)
					.findFirst().orElseThrow(() -> new NotFoundException("version " + versionNo + " of " + evidenceId));
		});
		try {
			return new Content(version.toView(), storage.open(version.storageKey()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Moves the received file into place, then runs the database write; if the write fails the
	 * file is deleted again, so that no file exists without its row.
	 */
	private <T> T commitThenWrite(PendingFile file, java.util.function.Function<String, T> write) throws IOException {
		String key = storage.commit(file);
		try {
			return write.apply(key);
		}
		catch (RuntimeException e) {
			storage.delete(key);
			throw e;
		}
	}

	private EvaluationView precheck(CurrentUser user, long evaluationId, int number) {
		EvaluationView evaluation = access.require(user, evaluationId);
		AssessmentView entry = assessments.get(evaluationId, number);
		access.checkAgencyEvidenceWrite(user, evaluation, number);
		EditRules.requireMayEdit(user, entry);
		return evaluation;
	}

	// a new version changes the file for every indicator it supports: during a clarification all of
	// them must have been sent back, or the assessors' judgements elsewhere would silently reset
	private void requireAllSentBack(EvaluationView evaluation, List<AssessmentView> entries) {
		if (!evaluation.state().isClarification()) {
			return;
		}
		ClarificationView open = evaluations.openClarification(evaluation.id()).orElseThrow(
				() -> RuleViolationException.conflict("selfAssessment.error.lockedReview"));
		String outside = entries.stream().map(AssessmentView::number).filter(n -> !open.includes(n)).sorted()
				.map(String::valueOf).collect(Collectors.joining(", "));
		if (!outside.isEmpty()) {
			throw RuleViolationException.conflict("clarification.error.sharedFile", outside);
		}
	}

	// an evidence change withdraws the approval while the agency still works; later it changes nothing
	private void touch(EvaluationView evaluation, int number, CurrentUser user) {
		if (evaluation.state() == EvaluationState.SELF_ASSESSMENT) {
			assessments.touch(evaluation.id(), number, user.getId());
		}
	}

	private AssessmentView lockedEntry(CurrentUser user, long evaluationId, int number) {
		access.lockForAgencyEvidenceWrite(user, evaluationId, number);
		AssessmentView entry = assessments.get(evaluationId, number);
		EditRules.requireMayEdit(user, entry);
		return entry;
	}

	private PendingFile receive(Upload upload) {
		try {
			PendingFile file = storage.receive(upload.content(), maxBytes);
			if (file.size() == 0) {
				storage.discard(file);
				throw RuleViolationException.badInput("evidence.error.empty", FileNames.clean(upload.fileName()));
			}
			return file;
		}
		catch (FileTooLargeException e) {
			throw RuleViolationException.badInput("evidence.error.tooLarge", FileNames.clean(upload.fileName()),
					humanSize(maxBytes));
		}
		catch (IOException e) {
			throw RuleViolationException.badInput("evidence.error.interrupted", FileNames.clean(upload.fileName()));
		}
	}

	/** A size for messages: "50 MB", "64 KB". */
	static String humanSize(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB";
		}
		return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " B";
	}

	private Evidence find(long evaluationId, long evidenceId) {
		return evidence.findById(evidenceId).filter(e -> e.getEvaluationId() == evaluationId)
				.orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
	}

	private List<AssessmentView> entriesUsing(Evidence e) {
		List<Long> ids = e.uses().stream().map(EvidenceUse::assessmentId).toList();
		return assessments.list(e.getEvaluationId()).stream().filter(a -> ids.contains(a.id())).toList();
	}

	private Map<Long, Integer> numbers(long evaluationId) {
		return assessments.list(evaluationId).stream().collect(Collectors.toMap(AssessmentView::id, AssessmentView::number));
	}

	private String levels(EvaluationView evaluation, Collection<Integer> levels) {
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		if (levels == null || levels.isEmpty()) {
			throw RuleViolationException.badInput("evidence.error.noLevel");
		}
		TreeSet<Integer> sorted = new TreeSet<>();
		for (Integer level : levels) {
			if (level == null || !instrument.wholeLevels().contains(level)) {
				throw RuleViolationException.badInput("evidence.error.levelOutOfScale", level,
						instrument.scaleMin().intValue(), instrument.scaleMax().intValue());
			}
			sorted.add(level);
		}
		return sorted.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static String text(String value, int max, String key, String fallback) {
		String v = value == null ? "" : Texts.clean(value).strip();
		if (Texts.length(v) > max) {
			throw RuleViolationException.badInput(key, max);
		}
		if (v.isEmpty()) {
			return fallback == null ? null : fallback.length() > max ? fallback.substring(0, max) : fallback;
		}
		return v;
	}

	static String checkUrl(String url) {
		String v = url == null ? "" : url.strip();
		if (!v.equals(Texts.clean(v))) {
			// a control character would silently change the address
			throw RuleViolationException.badInput("evidence.error.urlScheme", Texts.clean(v));
		}
		if (v.isEmpty()) {
			throw RuleViolationException.badInput("evidence.error.urlMissing");
		}
		if (v.length() > MAX_URL) {
			throw RuleViolationException.badInput("evidence.error.urlTooLong", MAX_URL);
		}
		if (!WebAddress.isValid(v)) {
			throw RuleViolationException.badInput("evidence.error.urlScheme", v);
		}
		return v;
	}
}
