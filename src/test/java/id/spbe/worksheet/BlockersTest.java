package id.spbe.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.evaluation.AssessmentView;
import id.spbe.evidence.EvidenceKind;
import id.spbe.evidence.EvidenceView;
import id.spbe.evidence.ReviewStatus;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.instrument.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The readiness rule, without a database: what blocks one indicator from being submitted. */
class BlockersTest {

	private static final int NUMBER = 7;

	@Test
	void anEmptyEntryLacksLevelJustificationAndApproval() {
		assertThat(Blockers.of(entry(null, null, false), List.of(), NUMBER))
				.containsExactly(Blocker.NO_LEVEL, Blocker.NO_JUSTIFICATION, Blocker.NOT_APPROVED);
	}

	@Test
	void aBlankJustificationCountsAsNone() {
		assertThat(Blockers.of(entry("3", " \n ", true), List.of(link(3)), NUMBER))
				.containsExactly(Blocker.NO_JUSTIFICATION);
	}

	@Test
	void aLevelNeedsEvidenceForThatLevelOnThisIndicator() {
		assertThat(Blockers.of(entry("3", "Ada SK.", true), List.of(link(1, 2)), NUMBER))
				.containsExactly(Blocker.NO_EVIDENCE_FOR_LEVEL);
		assertThat(Blockers.of(entry("3", "Ada SK.", true), List.of(link(1, 2, 3)), NUMBER)).isEmpty();
	}

	@Test
	void evidenceForAnotherIndicatorDoesNotCount() {
		EvidenceView elsewhere = new EvidenceView(1, 1, EvidenceKind.LINK, "SK", "https://a.go.id", null, null, false,
				null, List.of(), List.of(use(NUMBER + 1, 3)));
		assertThat(Blockers.of(entry("3", "Ada SK.", true), List.of(elsewhere), NUMBER))
				.containsExactly(Blocker.NO_EVIDENCE_FOR_LEVEL);
	}

	@Test
	void aFractionalClaimNeedsEvidenceForTheWholeLevelReached() {
		assertThat(Blockers.of(entry("2.5", "Sebagian.", true), List.of(link(2)), NUMBER)).isEmpty();
		assertThat(Blockers.of(entry("2.5", "Sebagian.", true), List.of(link(3)), NUMBER))
				.containsExactly(Blocker.NO_EVIDENCE_FOR_LEVEL);
	}

	@Test
	void aCompleteUnapprovedEntryWaitsOnlyForTheCoordinator() {
		assertThat(Blockers.of(entry("1", "Rintisan.", false), List.of(link(1)), NUMBER))
				.containsExactly(Blocker.NOT_APPROVED);
	}

	@Test
	void onAnIndicatorWithItemsEveryItemOfTheClaimedLevelsNeedsEvidence() {
		List<InstrumentDefinition.EvidenceItem> items = List.of(item("I7-L1-01", 1), item("I7-L2-01", 2),
				item("I7-L3-01", 3), item("I7-L4-01", 4));
		EvidenceView twoItems = tagged("I7-L1-01", "I7-L2-01");
		assertThat(Blockers.of(entry("2", "Ada SK.", true), List.of(twoItems), NUMBER, items)).isEmpty();
		assertThat(Blockers.of(entry("3", "Ada SK.", true), List.of(twoItems), NUMBER, items))
				.containsExactly(Blocker.NO_EVIDENCE_FOR_ITEM);
		assertThat(Blockers.missingItems(3, List.of(twoItems), NUMBER, items)).containsExactly("I7-L3-01");
		// evidence for the levels alone answers no item
		assertThat(Blockers.of(entry("1", "Ada SK.", true), List.of(link(1, 2, 3)), NUMBER, items))
				.containsExactly(Blocker.NO_EVIDENCE_FOR_ITEM);
	}

	private static InstrumentDefinition.EvidenceItem item(String code, int level) {
		return new InstrumentDefinition.EvidenceItem(code, level, new Text(code, code));
	}

	private static EvidenceView tagged(String... items) {
		return new EvidenceView(1, 1, EvidenceKind.LINK, "SK", "https://a.go.id", null, null, false, null, List.of(),
				List.of(new EvidenceView.Use(10, NUMBER, List.of(1, 2), List.of(items), ReviewStatus.PENDING, null, null, null)));
	}

	private static AssessmentView entry(String level, String justification, boolean approved) {
		return new AssessmentView(10, 1, NUMBER, level == null ? null : new BigDecimal(level), justification, null, null,
				approved ? 5L : null, approved ? Instant.EPOCH : null, null, null, 0, Map.of(), null);
	}

	private static EvidenceView link(Integer... levels) {
		return new EvidenceView(1, 1, EvidenceKind.LINK, "SK", "https://a.go.id", null, null, false, null, List.of(),
				List.of(use(NUMBER, levels)));
	}

	private static EvidenceView.Use use(int number, Integer... levels) {
		return new EvidenceView.Use(10, number, List.of(levels), List.of(), ReviewStatus.PENDING, null, null, null);
	}
}
