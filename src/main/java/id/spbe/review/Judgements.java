package id.spbe.review;

import id.spbe.common.FormValues;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.ReviewStatus;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessors' judgements of evidence: of each evidence item used for an indicator (accepted,
 * needs revision, pending), and for instruments with itemised evidence (Pemdi) of each of the
 * instrument's evidence items of the indicator.
 */
@Service
public class Judgements {

	private final EvaluationAccess access;
	private final Assessments assessments;
	private final InstrumentCatalog instruments;
	private final EvidenceItemReviewRepository items;
	private final EvidenceService evidence;
	private final Clock clock;

	Judgements(EvaluationAccess access, Assessments assessments, InstrumentCatalog instruments,
			EvidenceItemReviewRepository items, EvidenceService evidence, Clock clock) {
		this.access = access;
		this.assessments = assessments;
		this.instruments = instruments;
		this.items = items;
		this.evidence = evidence;
		this.clock = clock;
	}

	/** A judgement as sent: status (required) and an optional note. */
	public record Judgement(ReviewStatus status, String note) {
	}

	/** Judgements of the instrument's evidence items for one indicator, by item code. */
	@Transactional(readOnly = true)
	public Map<String, ItemReviewView> itemReviews(CurrentUser user, long evaluationId, int number) {
		ReviewBoards.requireVisible(user, access.require(user, evaluationId));
		Map<String, ItemReviewView> byCode = new HashMap<>();
		items.findByAssessmentId(assessments.get(evaluationId, number).id())
				.forEach(r -> byCode.put(r.toView().code(), r.toView()));
		return byCode;
	}

	/**
	 * Judges one of the instrument's evidence items (Pemdi: per-level items such as {@code I1-L2-02}).
	 *
	 * @throws RuleViolationException BAD_INPUT for an item the indicator does not have, a missing status or a long note
	 */
	@Transactional
	public void reviewItem(CurrentUser user, long evaluationId, int number, String code, Judgement judgement) {
		EvaluationAccess.ReviewLock lock = access.lockForReviewWrite(user, evaluationId);
		InstrumentDefinition instrument = instruments.byId(lock.evaluation().instrumentId()).orElseThrow();
		InstrumentDefinition.Indicator indicator = instrument.indicator(number)
				.orElseThrow(() -> new NotFoundException("indicator " + number));
		if (code == null || code.isBlank()) {
			throw RuleViolationException.badInput("review.error.noItem");
		}
		if (indicator.evidenceItems().stream().noneMatch(i -> i.code().equals(code))) {
			throw RuleViolationException.badInput("review.error.unknownItem", FormValues.echo(code), number);
		}
		if (judgement.status() == null) {
			throw RuleViolationException.badInput("review.error.noStatus");
		}
		String cleanNote = ReviewService.text(judgement.note(), "review.error.noteTooLong");
		long assessmentId = assessments.get(evaluationId, number).id();
		EvidenceItemReview review = items.findByAssessmentIdAndItemCode(assessmentId, code)
				.orElseGet(() -> new EvidenceItemReview(assessmentId, code));
		review.set(judgement.status(), cleanNote, user.getId(), clock.instant());
		items.saveAndFlush(review);
	}

	/** Judges evidence used for one indicator; see {@link EvidenceService#review}. */
	public void reviewEvidence(CurrentUser user, long evaluationId, int number, long evidenceId, Judgement judgement) {
		evidence.review(user, evaluationId, number, evidenceId, judgement.status(), judgement.note());
	}
}
