package id.spbe.review;

import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.ChangeView;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Stage;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import id.spbe.user.UserView;
import id.spbe.user.UserAccounts;
import id.spbe.worksheet.Levels;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The assessors' levels (docs/domain.md sections 1 and 4): each stage's level and note per
 * indicator, the final recommendation, carrying levels over, and the history of every change.
 * Every write locks the evaluation and checks team, role and state in one transaction; pages and
 * API both come through here. The review's reading is {@link ReviewBoards}, evidence judgements
 * {@link Judgements}, workflow moves {@link id.spbe.evaluation.Transitions}.
 */
@Service
public class ReviewService {

	/** Longest stage note, recommendation or evidence-item note, in characters. */
	public static final int MAX_NOTE = 5000;

	private final EvaluationAccess access;
	private final Assessments assessments;
	private final InstrumentCatalog instruments;
	private final UserAccounts users;

	private final TransactionTemplate tx;

	ReviewService(EvaluationAccess access, Assessments assessments, InstrumentCatalog instruments, UserAccounts users,
			PlatformTransactionManager txManager) {
		this.access = access;
		this.assessments = assessments;
		this.instruments = instruments;
		this.users = users;
		this.tx = new TransactionTemplate(txManager);
	}

	/**
	 * A stage save as sent by a form or the API.
	 *
	 * @param expected       the stage the form was made for; null skips the check (API)
	 * @param level          on the instrument scale; null clears the stage's own level
	 * @param recommendation counts in the final review only
	 * @param seenChanges    number of history entries the form was made with; null skips the check
	 */
	public record StageSave(Stage expected, BigDecimal level, String note, String recommendation, Integer seenChanges) {
	}

	/** One indicator's entry with its stage values, for those who may see the review. */
	@Transactional(readOnly = true)
	public AssessmentView entry(CurrentUser user, long evaluationId, int number) {
		ReviewBoards.requireVisible(user, access.require(user, evaluationId));
		return assessments.get(evaluationId, number);
	}

	/** The history of one indicator, newest first, for those who may see the review. */
	@Transactional(readOnly = true)
	public List<ChangeView> history(CurrentUser user, long evaluationId, int number) {
		ReviewBoards.requireVisible(user, access.require(user, evaluationId));
		return assessments.history(evaluationId, number);
	}

	/**
	 * Sets the working stage's level and note for one indicator (and the recommendation in the
	 * final review), keeping the history.
	 *
	 * @throws RuleViolationException BAD_INPUT for a level off the scale or texts too long;
	 *                                FORBIDDEN for anyone but the team's assessors; CONFLICT when
	 *                                the stage moved on, a colleague saved since the form was made,
	 *                                before the review or after finalisation
	 */
	public AssessmentView saveStage(CurrentUser user, long evaluationId, int number, StageSave save) {
		// who may write, then the input, are checked before the lock, so that bad input never holds it
		EvaluationView seen = access.require(user, evaluationId);
		access.checkReviewWrite(user, seen);
		InstrumentDefinition instrument = instruments.byId(seen.instrumentId()).orElseThrow();
		instrument.indicator(number).orElseThrow(() -> new NotFoundException("indicator " + number));
		Levels.check(instrument, number, save.level());
		String cleanNote = text(save.note(), "review.error.noteTooLong");
		String typedRecommendation = text(save.recommendation(), "review.error.recommendationTooLong");
		return tx.execute(s -> {
			EvaluationAccess.ReviewLock lock = access.lockForReviewWrite(user, evaluationId);
			if (save.seenChanges() != null) {
				List<ChangeView> history = assessments.history(evaluationId, number);
				if (history.size() != save.seenChanges()) {
					throw RuleViolationException.conflict("review.error.changedMeanwhile", number,
							users.byId(history.get(0).changedBy()).map(UserView::fullName).orElse("?"));
				}
			}
			Stage stage = lock.evaluation().state().workingStage().orElseThrow();
			if (save.expected() == Stage.SELF) {
				throw RuleViolationException.badInput("review.error.notAssessorStage");
			}
			if (save.expected() != null && save.expected() != stage) {
				throw RuleViolationException.conflict("review.error.stageMoved", stageName(save.expected()), stageName(stage));
			}
			String recommendation = stage == Stage.FINAL ? typedRecommendation
					: assessments.get(evaluationId, number).recommendation();
			return assessments.saveStage(evaluationId, number,
					new Assessments.StageEntry(stage, save.level(), cleanNote, recommendation), user.getId());
		});
	}

	/**
	 * Gives every indicator without its own level at the working stage the level it shows from
	 * the stage before, recorded as set by this assessor now.
	 *
	 * @return number of indicators set
	 */
	@Transactional
	public int carryOver(CurrentUser user, long evaluationId) {
		EvaluationAccess.ReviewLock lock = access.lockForReviewWrite(user, evaluationId);
		return assessments.carryOver(evaluationId, lock.evaluation().state().workingStage().orElseThrow(), user.getId());
	}

	private static MessageSourceResolvable stageName(Stage stage) {
		return new DefaultMessageSourceResolvable(new String[] { "stage." + stage }, stage.name());
	}

	/** A note or recommendation as stored, refused over {@link #MAX_NOTE} characters. */
	static String text(String value, String tooLongKey) {
		String v = Texts.block(value);
		if (Texts.length(v) > MAX_NOTE) {
			throw RuleViolationException.badInput(tooLongKey, MAX_NOTE, Texts.length(v));
		}
		return v;
	}
}
