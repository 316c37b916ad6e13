package id.spbe.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.evidence.EvidenceKind;
import id.spbe.evidence.EvidenceView;
import id.spbe.evidence.ReviewStatus;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.instrument.Text;
import id.spbe.instrument.ValueSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The automatic "level below not accepted" rule, the tally and the hint, without a database. */
class ItemBoardTest {

	private static final int NUMBER = 4;
	// levels 1-3 with two items each, level 4 with one
	private static final InstrumentDefinition.Indicator INDICATOR = new InstrumentDefinition.Indicator(NUMBER,
			new Text("I4", "I4"), BigDecimal.ONE, "s", null, null, ValueSource.ASSESSED, null, Map.of(),
			List.of(item("I4-L1-01", 1), item("I4-L1-02", 1), item("I4-L2-01", 2), item("I4-L2-02", 2),
					item("I4-L3-01", 3), item("I4-L3-02", 3), item("I4-L4-01", 4)));

	@Test
	void nothingJudgedIsAllPendingWithoutAHint() {
		ItemBoard board = ItemBoard.of(INDICATOR, Map.of(), List.of());
		assertThat(board.lines()).allMatch(l -> l.effectiveStatus() == ReviewStatus.PENDING && l.effectiveReason() == null);
		assertThat(board.tallies()).containsExactly(new ItemBoard.LevelTally(1, 0, 0, 2), new ItemBoard.LevelTally(2, 0, 0, 2),
				new ItemBoard.LevelTally(3, 0, 0, 2), new ItemBoard.LevelTally(4, 0, 0, 1));
		assertThat(board.highestAccepted()).isNull();
	}

	@Test
	void aRevisionAtLevelOneMarksEveryItemAboveAsInRevisionWhateverItsOwnJudgement() {
		Map<String, ItemReviewView> reviews = new HashMap<>();
		judge(reviews, "I4-L1-01", ReviewStatus.ACCEPTED, null);
		judge(reviews, "I4-L1-02", ReviewStatus.NEEDS_REVISION, RevisionReason.WRONG_DOCUMENT);
		judge(reviews, "I4-L2-01", ReviewStatus.ACCEPTED, null);
		ItemBoard board = ItemBoard.of(INDICATOR, reviews, List.of());
		assertThat(line(board, "I4-L1-01").effectiveStatus()).isEqualTo(ReviewStatus.ACCEPTED);
		assertThat(line(board, "I4-L1-02").effectiveReason()).isEqualTo(RevisionReason.WRONG_DOCUMENT);
		assertThat(line(board, "I4-L1-02").isAutomatic()).isFalse();
		for (String code : List.of("I4-L2-01", "I4-L2-02", "I4-L3-01", "I4-L3-02", "I4-L4-01")) {
			assertThat(line(board, code).effectiveStatus()).as(code).isEqualTo(ReviewStatus.NEEDS_REVISION);
			assertThat(line(board, code).effectiveReason()).as(code).isEqualTo(RevisionReason.LEVEL_BELOW);
		}
		// the own judgement is kept, only the effective one changes
		assertThat(line(board, "I4-L2-01").ownStatus()).isEqualTo(ReviewStatus.ACCEPTED);
		assertThat(board.tallies()).containsExactly(new ItemBoard.LevelTally(1, 1, 1, 0), new ItemBoard.LevelTally(2, 0, 2, 0),
				new ItemBoard.LevelTally(3, 0, 2, 0), new ItemBoard.LevelTally(4, 0, 1, 0));
		assertThat(board.highestAccepted()).isNull();
	}

	@Test
	void aRevisionAtLevelTwoLeavesLevelOneAndItsOwnLevelAlone() {
		Map<String, ItemReviewView> reviews = new HashMap<>();
		judge(reviews, "I4-L1-01", ReviewStatus.ACCEPTED, null);
		judge(reviews, "I4-L1-02", ReviewStatus.ACCEPTED, null);
		judge(reviews, "I4-L2-01", ReviewStatus.NEEDS_REVISION, RevisionReason.NOT_UPLOADED);
		judge(reviews, "I4-L3-01", ReviewStatus.ACCEPTED, null);
		ItemBoard board = ItemBoard.of(INDICATOR, reviews, List.of());
		assertThat(line(board, "I4-L2-02").effectiveStatus()).isEqualTo(ReviewStatus.PENDING);
		assertThat(line(board, "I4-L3-01").effectiveReason()).isEqualTo(RevisionReason.LEVEL_BELOW);
		assertThat(board.highestAccepted()).isEqualTo(1);
	}

	@Test
	void itemsReturnToTheirOwnJudgementOnceTheLowerLevelIsAccepted() {
		Map<String, ItemReviewView> reviews = new HashMap<>();
		judge(reviews, "I4-L1-01", ReviewStatus.ACCEPTED, null);
		judge(reviews, "I4-L1-02", ReviewStatus.NEEDS_REVISION, RevisionReason.OTHER);
		judge(reviews, "I4-L2-01", ReviewStatus.ACCEPTED, null);
		judge(reviews, "I4-L2-02", ReviewStatus.ACCEPTED, null);
		assertThat(line(ItemBoard.of(INDICATOR, reviews, List.of()), "I4-L2-01").isAutomatic()).isTrue();
		judge(reviews, "I4-L1-02", ReviewStatus.ACCEPTED, null);
		ItemBoard board = ItemBoard.of(INDICATOR, reviews, List.of());
		assertThat(line(board, "I4-L2-01").effectiveStatus()).isEqualTo(ReviewStatus.ACCEPTED);
		assertThat(line(board, "I4-L2-01").effectiveReason()).isNull();
		assertThat(line(board, "I4-L3-01").effectiveStatus()).isEqualTo(ReviewStatus.PENDING);
		assertThat(board.highestAccepted()).isEqualTo(2);
	}

	@Test
	void theHintNeedsEveryLevelBelowWhollyAccepted() {
		Map<String, ItemReviewView> reviews = new HashMap<>();
		// level 2 fully accepted but level 1 still pending: no hint
		judge(reviews, "I4-L1-01", ReviewStatus.ACCEPTED, null);
		judge(reviews, "I4-L2-01", ReviewStatus.ACCEPTED, null);
		judge(reviews, "I4-L2-02", ReviewStatus.ACCEPTED, null);
		assertThat(ItemBoard.of(INDICATOR, reviews, List.of()).highestAccepted()).isNull();
		INDICATOR.evidenceItems().forEach(i -> judge(reviews, i.code(), ReviewStatus.ACCEPTED, null));
		assertThat(ItemBoard.of(INDICATOR, reviews, List.of()).highestAccepted()).isEqualTo(4);
	}

	@Test
	void eachItemListsTheEvidenceAnsweringItOnThisIndicatorOnly() {
		EvidenceView sk = evidence(1, NUMBER, "I4-L1-01", "I4-L2-01");
		EvidenceView elsewhere = evidence(2, NUMBER + 1, "I4-L1-01");
		ItemBoard board = ItemBoard.of(INDICATOR, Map.of(), List.of(sk, elsewhere));
		assertThat(line(board, "I4-L1-01").evidenceIds()).containsExactly(1L);
		assertThat(line(board, "I4-L2-01").evidenceIds()).containsExactly(1L);
		assertThat(line(board, "I4-L1-02").hasEvidence()).isFalse();
	}

	private static ItemBoard.Line line(ItemBoard board, String code) {
		return board.line(code).orElseThrow();
	}

	private static void judge(Map<String, ItemReviewView> reviews, String code, ReviewStatus status, RevisionReason reason) {
		reviews.put(code, new ItemReviewView(code, status, reason, null, 1, Instant.EPOCH));
	}

	private static InstrumentDefinition.EvidenceItem item(String code, int level) {
		return new InstrumentDefinition.EvidenceItem(code, level, new Text(code, code));
	}

	private static EvidenceView evidence(long id, int number, String... items) {
		return new EvidenceView(id, 1, EvidenceKind.LINK, "SK", "https://a.go.id", null, null, false, null, List.of(),
				List.of(new EvidenceView.Use(10, number, List.of(1, 2), List.of(items), ReviewStatus.PENDING, null, null,
						null)));
	}
}
