package id.spbe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Stage levels of one indicator, without a database: what a save records in the history, clearing
 * a level, and the level a stage shows until it has its own ({@link AssessmentView#effectiveLevel}).
 */
class IndicatorAssessmentTest {

	static final long AGENCY_USER = 5;
	static final long ASSESSOR = 7;
	static final Instant AT = Instant.parse("2021-08-23T02:00:00Z");

	IndicatorAssessment entry;

	@BeforeEach
	void entry() {
		entry = new IndicatorAssessment(1, 12);
		// the database gives the id; the history rows name it
		ReflectionTestUtils.setField(entry, "id", 99L);
	}

	private static List<ChangeView> views(List<ScoreChange> changes) {
		return changes.stream().map(ScoreChange::toView).toList();
	}

	@Test
	void savingAStageRecordsEachChangedValue() {
		List<ChangeView> first = views(entry.updateStage(Stage.DOCUMENT_REVIEW, new BigDecimal("3"), "Perbup ada",
				"ignored before the final stage", ASSESSOR, AT));

		assertThat(first).extracting(ChangeView::stage, ChangeView::field, ChangeView::oldValue, ChangeView::newValue,
				ChangeView::changedBy, ChangeView::at)
				.containsExactly(tuple(Stage.DOCUMENT_REVIEW, "LEVEL", null, "3", ASSESSOR, AT),
						tuple(Stage.DOCUMENT_REVIEW, "NOTE", null, "Perbup ada", ASSESSOR, AT));
		AssessmentView view = entry.toView();
		assertThat(view.levelAt(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("3");
		assertThat(view.noteAt(Stage.DOCUMENT_REVIEW)).isEqualTo("Perbup ada");
		assertThat(view.stages().get(Stage.DOCUMENT_REVIEW).setBy()).isEqualTo(ASSESSOR);
		assertThat(view.recommendation()).isNull();

		// the same values again: nothing to record, even written differently
		assertThat(entry.updateStage(Stage.DOCUMENT_REVIEW, new BigDecimal("3.00"), "Perbup ada", null, ASSESSOR, AT))
				.isEmpty();

		// only what changed
		assertThat(views(entry.updateStage(Stage.DOCUMENT_REVIEW, new BigDecimal("2.5"), "Perbup ada", null, ASSESSOR, AT)))
				.extracting(ChangeView::field, ChangeView::oldValue, ChangeView::newValue)
				.containsExactly(tuple("LEVEL", "3", "2.5"));
		assertThat(views(entry.updateStage(Stage.DOCUMENT_REVIEW, new BigDecimal("2.5"), null, null, ASSESSOR, AT)))
				.extracting(ChangeView::field, ChangeView::oldValue, ChangeView::newValue)
				.containsExactly(tuple("NOTE", "Perbup ada", null));
	}

	@Test
	void theFinalStageRecordsTheRecommendation() {
		List<ChangeView> changes = views(entry.updateStage(Stage.FINAL, new BigDecimal("4"), null, "Reviu berkala", ASSESSOR,
				AT));

		assertThat(changes).extracting(ChangeView::stage, ChangeView::field, ChangeView::oldValue, ChangeView::newValue)
				.containsExactly(tuple(Stage.FINAL, "LEVEL", null, "4"),
						tuple(Stage.FINAL, "RECOMMENDATION", null, "Reviu berkala"));
		assertThat(entry.toView().recommendation()).isEqualTo("Reviu berkala");
		assertThat(views(entry.updateStage(Stage.FINAL, new BigDecimal("4"), null, "Reviu tahunan", ASSESSOR, AT)))
				.extracting(ChangeView::field, ChangeView::oldValue, ChangeView::newValue)
				.containsExactly(tuple("RECOMMENDATION", "Reviu berkala", "Reviu tahunan"));
	}

	@Test
	void clearingALevelRecordsItAndTheStageShowsThePreviousOneAgain() {
		entry.updateSelf(new BigDecimal("3"), "Penjelasan", AGENCY_USER, AT);
		entry.updateStage(Stage.DOCUMENT_REVIEW, new BigDecimal("2"), "Catatan", null, ASSESSOR, AT);
		assertThat(entry.toView().effectiveLevel(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("2");

		List<ChangeView> cleared = views(entry.updateStage(Stage.DOCUMENT_REVIEW, null, "Catatan", null, ASSESSOR, AT));

		assertThat(cleared).extracting(ChangeView::field, ChangeView::oldValue, ChangeView::newValue)
				.containsExactly(tuple("LEVEL", "2", null));
		AssessmentView view = entry.toView();
		assertThat(view.levelAt(Stage.DOCUMENT_REVIEW)).isNull();
		assertThat(view.scoredAt(Stage.DOCUMENT_REVIEW)).isFalse();
		assertThat(view.noteAt(Stage.DOCUMENT_REVIEW)).isEqualTo("Catatan");
		assertThat(view.effectiveLevel(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("3");
	}

	@Test
	void aStageShowsThePreviousStagesLevelUntilItHasItsOwn() {
		assertThat(entry.toView().effectiveLevel(Stage.FINAL)).isNull();
		entry.updateSelf(new BigDecimal("3"), "Penjelasan", AGENCY_USER, AT);

		AssessmentView onlySelf = entry.toView();
		for (Stage stage : Stage.values()) {
			assertThat(onlySelf.effectiveLevel(stage)).as(stage.toString()).isEqualByComparingTo("3");
			assertThat(onlySelf.scoredAt(stage)).as(stage.toString()).isEqualTo(stage == Stage.SELF);
		}

		entry.updateStage(Stage.DOCUMENT_REVIEW, new BigDecimal("2"), null, null, ASSESSOR, AT);
		// a note alone at the interview is no level of its own
		entry.updateStage(Stage.INTERVIEW, null, "Dibahas", null, ASSESSOR, AT);
		entry.updateStage(Stage.SITE_VISIT, new BigDecimal("4"), null, null, ASSESSOR, AT);

		AssessmentView view = entry.toView();
		assertThat(view.effectiveLevel(Stage.SELF)).isEqualByComparingTo("3");
		assertThat(view.effectiveLevel(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("2");
		assertThat(view.effectiveLevel(Stage.INTERVIEW)).isEqualByComparingTo("2");
		assertThat(view.scoredAt(Stage.INTERVIEW)).isFalse();
		assertThat(view.effectiveLevel(Stage.SITE_VISIT)).isEqualByComparingTo("4");
		assertThat(view.effectiveLevel(Stage.FINAL)).isEqualByComparingTo("4");
		assertThat(view.scoredAt(Stage.FINAL)).isFalse();
	}

	@Test
	void theAgencysSaveRecordsLevelAndJustificationAndWithdrawsTheApproval() {
		entry.updateSelf(new BigDecimal("3"), "Penjelasan", AGENCY_USER, AT);
		entry.approve(AGENCY_USER, AT);
		long version = entry.getEntryVersion();

		List<ChangeView> changes = views(entry.updateSelf(new BigDecimal("4"), "Penjelasan baru", AGENCY_USER, AT));

		assertThat(changes).extracting(ChangeView::stage, ChangeView::field, ChangeView::oldValue, ChangeView::newValue)
				.containsExactly(tuple(Stage.SELF, "LEVEL", "3", "4"),
						tuple(Stage.SELF, "JUSTIFICATION", "Penjelasan", "Penjelasan baru"));
		assertThat(entry.toView().approved()).isFalse();
		assertThat(entry.getEntryVersion()).isEqualTo(version + 1);
		assertThat(entry.updateSelf(new BigDecimal("4.0"), "Penjelasan baru", AGENCY_USER, AT)).isEmpty();
		assertThat(entry.getEntryVersion()).isEqualTo(version + 1);
	}
}
