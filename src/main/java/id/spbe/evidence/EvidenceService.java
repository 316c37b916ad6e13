package id.spbe.evidence;

import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationView;
import id.spbe.user.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evidence (bukti dukung) of evaluations apart from receiving files: links, reuse across
 * indicators, removal, the assessors' judgement of each use, and reading. Files come in through
 * {@link EvidenceUploads}, whose storage rules have nothing to do with these row-only changes;
 * both go through {@link EvidenceEdits} so that a link and a file obey the same write rules.
 */
@Service
public class EvidenceService {

	/**
	 * A link for one indicator: an http(s) address, the day it was accessed, the levels it supports
	 * or (instruments with evidence items) the item codes it answers, optional texts.
	 */
	public record LinkRequest(String url, LocalDate accessedOn, String title, Collection<Integer> levels,
			Collection<String> items, String note) {

		/** A link supporting levels only (instruments without evidence items). */
		public LinkRequest(String url, LocalDate accessedOn, String title, Collection<Integer> levels, String note) {
			this(url, accessedOn, title, levels, List.of(), note);
		}
	}

	/** File content to send back. */
	public record Content(EvidenceView.FileVersion version, InputStream stream) {
	}

	private final EvidenceRepository evidence;
	private final EvidenceStorage storage;
	private final EvaluationAccess access;
	private final Assessments assessments;
	private final EvidenceEdits edits;
	private final EvidenceReads reads;
	private final TransactionTemplate tx;
	private final TransactionTemplate readTx;
	private final Clock clock;

	EvidenceService(EvidenceRepository evidence, EvidenceStorage storage, EvaluationAccess access, Assessments assessments,
			EvidenceEdits edits, EvidenceReads reads, PlatformTransactionManager txManager, Clock clock) {
		this.evidence = evidence;
		this.storage = storage;
		this.access = access;
		this.assessments = assessments;
		this.edits = edits;
		this.reads = reads;
		this.tx = new TransactionTemplate(txManager);
		this.readTx = new TransactionTemplate(txManager);
		this.readTx.setReadOnly(true);
		this.clock = clock;
	}

	/**
	 * Adds a link (http or https URL with the date it was accessed) as evidence for one indicator.
	 *
	 * @throws RuleViolationException BAD_INPUT for a URL that is not http(s), a missing, future or
	 *                                too early date, bad levels or over-long texts; CONFLICT after submission
	 */
	public long addLink(CurrentUser user, long evaluationId, int number, LinkRequest request) {
		EvaluationView evaluation = edits.precheck(user, evaluationId, number);
		EvidenceInput.Tags levels = edits.tags(evaluation, number, request.levels(), request.items());
		String url = EvidenceInput.checkUrl(request.url());
		LocalDate accessedOn = EvidenceInput.checkAccessedOn(request.accessedOn(), clock);
		String title = EvidenceInput.title(request.title(), url);
		String note = EvidenceInput.note(request.note());
		return tx.execute(s -> edits.addNew(user, evaluation, number, levels,
				() -> Evidence.link(evaluationId, title, url, accessedOn, note, user.getId(), clock.instant())));
	}

	/** Uses existing evidence of the same evaluation for another indicator (no copy), or changes its levels there. */
	public void reuse(CurrentUser user, long evaluationId, int number, long evidenceId, Collection<Integer> levels) {
		reuse(user, evaluationId, number, evidenceId, levels, List.of());
	}

	/**
	 * As {@link #reuse(CurrentUser, long, int, long, Collection)} with the evidence items it answers
	 * there (instruments with items); the levels follow from the items.
	 */
	public void reuse(CurrentUser user, long evaluationId, int number, long evidenceId, Collection<Integer> levels,
			Collection<String> items) {
		EvaluationView evaluation = edits.precheck(user, evaluationId, number);
		EvidenceInput.Tags levelText = edits.tags(evaluation, number, levels, items);
		tx.executeWithoutResult(s -> {
			AssessmentView entry = edits.lockedEntry(user, evaluationId, number);
			Evidence e = edits.find(evaluationId, evidenceId);
			Optional<EvidenceUse> use = e.uses().stream().filter(u -> u.assessmentId() == entry.id()).findFirst();
			if (use.isPresent()) {
				use.get().setTags(levelText);
			}
			else {
				e.use(entry.id(), levelText, user.getId(), clock.instant());
			}
			evidence.saveAndFlush(e);
			edits.touch(evaluation, number, user);
		});
	}

	/** Removes evidence from one indicator; evidence used nowhere else is hidden, its files kept. */
	public void remove(CurrentUser user, long evaluationId, int number, long evidenceId) {
		tx.executeWithoutResult(s -> {
			// what was submitted stays: removal only during self-assessment, not in a clarification
			access.lockForAgencyWrite(user, evaluationId);
			AssessmentView entry = edits.lockedEntry(user, evaluationId, number);
			Evidence e = edits.find(evaluationId, evidenceId);
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
		String cleanNote = EvidenceInput.note(note);
		tx.executeWithoutResult(s -> {
			access.lockForReviewWrite(user, evaluationId);
			long assessmentId = assessments.get(evaluationId, number).id();
			Evidence e = edits.find(evaluationId, evidenceId);
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
		return readTx.execute(s -> listUnchecked(evaluationId, numbers(evaluationId)));
	}

	/**
	 * {@link #listUnchecked(long)} for a caller that has the evaluation's entries at hand: one
	 * statement whatever the number of evidence items, versions and uses (the pages' budget).
	 *
	 * @param numbers indicator number by entry (assessment) id, of the evaluation's entries
	 */
	public List<EvidenceView> listUnchecked(long evaluationId, Map<Long, Integer> numbers) {
		return reads.visible(evaluationId, numbers);
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
	 * @throws RuleViolationException UNAVAILABLE when the evidence store does not answer
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
		catch (NoSuchFileException e) {
			throw new UncheckedIOException(e);
		}
		catch (IOException e) {
			// the object store does not answer: say so rather than fail with a 500
			throw RuleViolationException.unavailable("evidence.error.storageRead");
		}
	}

	private Map<Long, Integer> numbers(long evaluationId) {
		return assessments.list(evaluationId).stream().collect(Collectors.toMap(AssessmentView::id, AssessmentView::number));
	}
}
