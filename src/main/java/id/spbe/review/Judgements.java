package id.spbe.review;

import id.spbe.common.AuditEvent;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.ReviewStatus;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import id.spbe.worksheet.IndicatorRow;
import id.spbe.worksheet.Levels;
import id.spbe.worksheet.Worksheet;
import id.spbe.worksheet.Worksheets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
	private final Worksheets worksheets;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;
	private final Clock clock;

	Judgements(EvaluationAccess access, Assessments assessments, InstrumentCatalog instruments,
			EvidenceItemReviewRepository items, EvidenceService evidence, Worksheets worksheets,
			ApplicationEventPublisher events, PlatformTransactionManager txManager, Clock clock) {
		this.worksheets = worksheets;
		this.events = events;
		this.tx = new TransactionTemplate(txManager);
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

	/**
	 * A judgement of one of the instrument's evidence items: status (required), the reason when it
	 * needs revision (one of {@link RevisionReason#chosen()}; OTHER when none is given), a note.
	 */
	public record ItemJudgement(ReviewStatus status, RevisionReason reason, String note) {
	}

	/**
	 * The indicator's evidence items with their answering evidence, judgements and tally, for those
	 * who may see the review.
	 *
	 * @throws id.spbe.common.NotFoundException for an evaluation the user may not see
	 * @throws RuleViolationException           FORBIDDEN for the agency before finalisation
	 */
	@Transactional(readOnly = true)
	public ItemBoard itemBoard(CurrentUser user, long evaluationId, int number) {
		Worksheet ws = worksheets.worksheet(user, evaluationId);
		ReviewBoards.requireVisible(ws);
		return itemsOf(ws.row(number), true);
	}

	/**
	 * The items of a row the caller has read from a worksheet it may see; with
	 * {@code judgementsVisible} false (the agency before its judgements are shown to it) every item
	 * reads as not judged.
	 */
	@Transactional(readOnly = true)
	public ItemBoard itemsOf(IndicatorRow row, boolean judgementsVisible) {
		if (row.indicator().isExternal()) {
			// its value comes from a national index: nobody judges its items (nor shows them to be judged)
			return new ItemBoard(row.indicator().number(), List.of(), List.of(), null);
		}
		Map<String, ItemReviewView> byCode = new HashMap<>();
		if (judgementsVisible) {
			items.findByAssessmentId(row.entry().id()).forEach(r -> byCode.put(r.toView().code(), r.toView()));
		}
		return ItemBoard.of(row.indicator(), byCode, row.evidence());
	}

	/**
	 * Judges one of the instrument's evidence items (Pemdi: per-level items such as {@code I1-L2-02});
	 * as {@link #judgeItems} with one item.
	 */
	public void reviewItem(CurrentUser user, long evaluationId, int number, String code, ItemJudgement judgement) {
		if (code == null || code.isBlank()) {
			throw RuleViolationException.badInput("review.error.noItem");
		}
		judgeItems(user, evaluationId, number, Map.of(code, judgement));
	}

	/**
	 * Judges several of the indicator's evidence items at once, all or nothing: every code and
	 * judgement is checked before the evaluation is locked, and one refusal stores none of them.
	 *
	 * @param judgements by item code; items not named keep their judgement
	 * @throws RuleViolationException BAD_INPUT for none, an item the indicator does not have, a
	 *                                missing status, a reason that is not the assessor's or a long
	 *                                note; FORBIDDEN for anyone but the team's assessors; CONFLICT once finalised
	 * @throws id.spbe.common.NotFoundException for an evaluation the user may not see
	 */
	public void judgeItems(CurrentUser user, long evaluationId, int number, Map<String, ItemJudgement> judgements) {
		EvaluationView evaluation = access.require(user, evaluationId);
		access.checkReviewWrite(user, evaluation);
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		InstrumentDefinition.Indicator indicator = instrument.indicator(number)
				.orElseThrow(() -> new NotFoundException("indicator " + number));
		Levels.checkAssessed(instrument, number);
		Map<String, ItemJudgement> clean = ItemJudgements.checked(indicator, judgements);
		tx.executeWithoutResult(s -> {
			access.lockForReviewWrite(user, evaluationId);
			long assessmentId = assessments.get(evaluationId, number).id();
			Map<String, EvidenceItemReview> stored = new HashMap<>();
			items.findByAssessmentId(assessmentId).forEach(r -> stored.put(r.toView().code(), r));
			clean.forEach((code, j) -> {
				EvidenceItemReview review = stored.computeIfAbsent(code, c -> new EvidenceItemReview(assessmentId, c));
				review.set(j.status(), j.reason(), j.note(), user.getId(), clock.instant());
				items.save(review);
			});
			items.flush();
			events.publishEvent(AuditEvent.of("EVIDENCE_ITEMS_JUDGED", "evaluation", evaluationId,
					evaluation.agencyId(), ItemJudgements.describe(number, clean)));
		});
	}

	/** Judges evidence used for one indicator; see {@link EvidenceService#review}. */
	public void reviewEvidence(CurrentUser user, long evaluationId, int number, long evidenceId, Judgement judgement) {
		evidence.review(user, evaluationId, number, evidenceId, judgement.status(), judgement.note());
	}
}
