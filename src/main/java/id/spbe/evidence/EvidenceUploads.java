package id.spbe.evidence;

import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationView;
import id.spbe.user.CurrentUser;
import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evidence files: new files and new versions of a file. A file is streamed to disk under a size
 * limit and hashed, its content checked against its extension within a read budget
 * ({@link FileTypePolicy}), and a file already in the evaluation recognised by its hash, all
 * before any lock is taken, so that a slow upload holds up no one else's work. The file is moved
 * into place before the database row is written, and deleted again if that write fails: a row must
 * never point at a missing file (evidence nobody can open), while a file left over by a crash
 * between the two steps is referenced by nothing. So an upload leaves either a row with its file
 * or nothing a user can see. The hash is checked once more under the evaluation's row lock before
 * the row is written, so that identical uploads at the same moment make one item and the others are
 * answered as duplicates of it.
 */
@Service
public class EvidenceUploads {

	/** An uploaded file as received from the web layer; {@code content} is read once. */
	public record Upload(String fileName, InputStream content) {
	}

	/**
	 * A new file for one indicator: the file, an optional title and note, the levels it supports or
	 * (instruments with evidence items) the item codes it answers.
	 */
	public record FileRequest(Upload upload, String title, Collection<Integer> levels, Collection<String> items,
			String note) {

		/** A file supporting levels only (instruments without evidence items). */
		public FileRequest(Upload upload, String title, Collection<Integer> levels, String note) {
			this(upload, title, levels, List.of(), note);
		}
	}

	/** What an upload did: stored as new evidence, or recognised as a file already in the evaluation. */
	public record UploadResult(long evidenceId, boolean duplicate) {
	}

	private final EvidenceRepository evidence;
	private final FileReception files;
	private final EvaluationAccess access;
	private final Assessments assessments;
	private final EvidenceEdits edits;
	private final TransactionTemplate tx;
	private final TransactionTemplate readTx;
	private final Clock clock;

	EvidenceUploads(EvidenceRepository evidence, FileReception files, EvaluationAccess access, Assessments assessments,
			EvidenceEdits edits, PlatformTransactionManager txManager, Clock clock) {
		this.evidence = evidence;
		this.files = files;
		this.access = access;
		this.assessments = assessments;
		this.edits = edits;
		this.clock = clock;
		this.tx = new TransactionTemplate(txManager);
		this.readTx = new TransactionTemplate(txManager);
		this.readTx.setReadOnly(true);
	}

	/** Largest accepted file, in bytes. */
	public long maxBytes() {
		return files.maxBytes();
	}

	/** Accepted file extensions, comma-separated with dots (for the file input's accept attribute). */
	public String acceptedExtensions() {
		return FileTypePolicy.ACCEPTED;
	}

	/**
	 * Uploads a file as new evidence for one indicator, or recognises a file already in the
	 * evaluation (same SHA-256) and returns it as a duplicate without storing anything.
	 *
	 * @param request the file, with at least one level on the instrument scale
	 * @throws RuleViolationException BAD_INPUT for a refused type, a disguised type, an empty or
	 *                                oversize file, one that passes the read budget or carries
	 *                                macros, programs, a password or PDF scripts, bad levels or
	 *                                over-long texts; CONFLICT after submission
	 * @throws NotFoundException      for an evaluation or indicator the user may not see
	 */
	public UploadResult upload(CurrentUser user, long evaluationId, int number, FileRequest request) {
		EvaluationView evaluation = edits.precheck(user, evaluationId, number);
		EvidenceInput.Tags levels = edits.tags(evaluation, number, request.levels(), request.items());
		String name = FileNames.clean(request.upload().fileName());
		String title = EvidenceInput.title(request.title(), name);
		String note = EvidenceInput.note(request.note());
		return files.received(request.upload(), name, (file, mediaType) -> {
			// a file sent twice in a row is recognised here, without a lock or a move into place
			Optional<Long> same = readTx.execute(s -> sameFile(evaluationId, file));
			if (same.isPresent()) {
				return new UploadResult(same.get(), true);
			}
			return files.commitThenWrite(file, key -> tx.execute(s -> {
				// uploads of one file at the same moment all pass the check above; under the evaluation's
				// row lock they run one after another, so the check again sees the first one's row
				AssessmentView entry = edits.lockedEntry(user, evaluationId, number);
				Optional<Long> raced = sameFile(evaluationId, file);
				if (raced.isPresent()) {
					return new UploadResult(raced.get(), true);
				}
				return new UploadResult(edits.addLocked(user, evaluation, entry, levels, () -> {
					Evidence e = Evidence.file(evaluationId, title, note, user.getId(), clock.instant());
					e.addVersion(key, name, mediaType, file, user.getId(), clock.instant());
					return e;
				}), false);
			}), result -> !result.duplicate());
		});
	}

	/** Visible evidence of the evaluation with this file among its versions. */
	private Optional<Long> sameFile(long evaluationId, PendingFile file) {
		return evidence.findVisibleWithFile(evaluationId, file.sha256()).stream().findFirst().map(Evidence::getId);
	}

	/**
	 * Uploads a new file version of existing evidence used by indicator {@code number}; the old
	 * versions are kept. During a clarification the indicator at hand must have been sent back;
	 * the revised file then serves every indicator it supports, each judged afresh (PENDING).
	 *
	 * @throws RuleViolationException as {@link #upload}; BAD_INPUT for a link or a file identical
	 *                                to the newest version
	 */
	public void uploadVersion(CurrentUser user, long evaluationId, int number, long evidenceId, Upload upload) {
		uploadVersion(user, evaluationId, number, evidenceId, upload, List.of());
	}

	/**
	 * As {@link #uploadVersion(CurrentUser, long, int, long, Upload)}; with {@code items} (instruments
	 * with evidence items) the new version answers those items of indicator {@code number} from now
	 * on, checked before the file is received; without, what it answered stays.
	 */
	public void uploadVersion(CurrentUser user, long evaluationId, int number, long evidenceId, Upload upload,
			Collection<String> items) {
		EvaluationView evaluation = access.require(user, evaluationId);
		access.checkAgencyEvidenceWrite(user, evaluation, number);
		EvidenceInput.Tags retag = items == null || items.isEmpty() ? null
				: edits.tags(evaluation, number, List.of(), items);
		long assessmentId = assessments.get(evaluationId, number).id();
		EvidenceView existing = readTx.execute(s -> edits.find(evaluationId, evidenceId).toView(Map.of()));
		if (existing.uses().stream().noneMatch(u -> u.assessmentId() == assessmentId)) {
			throw new NotFoundException("evidence " + evidenceId + " on indicator " + number);
		}
		if (existing.kind() != EvidenceKind.FILE) {
			throw RuleViolationException.badInput("evidence.error.notAFile");
		}
		String name = FileNames.clean(upload.fileName());
		files.received(upload, name, (file, mediaType) -> {
			if (existing.current() != null && existing.current().sha256().equals(file.sha256())) {
				throw RuleViolationException.badInput("evidence.error.sameVersion", name);
			}
			return files.commitThenWrite(file, key -> tx.execute(s -> {
				EvaluationView locked = access.lockForAgencyEvidenceWrite(user, evaluationId, number);
				Evidence e = edits.find(evaluationId, evidenceId);
				List<AssessmentView> entries = edits.usesMayChange(user, locked, e);
				e.addVersion(key, name, mediaType, file, user.getId(), clock.instant());
				e.uses().forEach(EvidenceUse::reopenReview);
				if (retag != null) {
					e.uses().stream().filter(u -> u.assessmentId() == assessmentId).forEach(u -> u.setTags(retag));
				}
				evidence.saveAndFlush(e);
				entries.forEach(entry -> edits.touch(locked, entry.number(), user));
				return e.getId();
			}), id -> true);
		});
	}
}
