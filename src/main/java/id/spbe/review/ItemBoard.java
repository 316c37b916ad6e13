package id.spbe.review;

import id.spbe.evidence.EvidenceView;
import id.spbe.evidence.ReviewStatus;
import id.spbe.instrument.InstrumentDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The instrument's evidence items of one indicator as the ministry judges them (docs/domain.md
 * section 3.2): per item the evidence answering it, the assessor's own judgement and the
 * effective one, with the automatic rule applied: an item of a level above a level that has an
 * item in revision counts as in revision ("level below not accepted") and returns to its own
 * judgement once nothing below is in revision. Also the tally per level and, as a hint for the
 * assessor's value (typed, never computed from this), the highest level whose items and those of
 * every level below are all accepted. Plain code, unit-tested; pages and API read the same board.
 *
 * @param highestAccepted null when not even level 1 is wholly accepted
 */
public record ItemBoard(int indicatorNumber, List<Line> lines, List<LevelTally> tallies, Integer highestAccepted) {

	/**
	 * One item.
	 *
	 * @param own             the assessor's judgement, null while nobody judged it
	 * @param effectiveReason null unless the effective status is NEEDS_REVISION
	 * @param answering       the visible evidence that answers this item on this indicator
	 */
	public record Line(InstrumentDefinition.EvidenceItem item, ItemReviewView own, ReviewStatus effectiveStatus,
			RevisionReason effectiveReason, List<EvidenceView> answering) {

		/** How many answering evidence items the agency's indicator page lists under an item; the rest it counts. */
		static final int SHOWN = 5;

		public String code() {
			return item.code();
		}

		/** The first {@value #SHOWN} answering evidence items, which the agency's page lists (its evidence list has them all). */
		public List<EvidenceView> answeringShown() {
			return answering.size() <= SHOWN ? answering : answering.subList(0, SHOWN);
		}

		/** How many answering evidence items {@link #answeringShown} leaves out. */
		public int answeringMore() {
			return Math.max(0, answering.size() - SHOWN);
		}

		/** The assessor's own status; PENDING while nobody judged the item. */
		public ReviewStatus ownStatus() {
			return own == null ? ReviewStatus.PENDING : own.status();
		}

		public RevisionReason ownReason() {
			return own == null ? null : own.reason();
		}

		public String note() {
			return own == null ? null : own.note();
		}

		/**
		 * The judgement as the page shows it, sent back with the form: a row saved unchanged is left
		 * alone, so a save of all items never undoes what a colleague judged meanwhile on another row.
		 */
		public String shown() {
			return ItemsForm.stamp(ownStatus().name(), ownReason() == null ? null : ownReason().name(), note());
		}

		/** True when the item counts as in revision only because of a level below. */
		public boolean isAutomatic() {
			return effectiveReason != null && effectiveReason.isAutomatic();
		}

		public boolean hasEvidence() {
			return !answering.isEmpty();
		}

		public List<Long> evidenceIds() {
			return answering.stream().map(EvidenceView::id).toList();
		}

		/** Bootstrap colour of the effective status's badge. */
		public String badge() {
			return effectiveStatus.isAccepted() ? "text-bg-success"
					: effectiveStatus.isNeedsRevision() ? "text-bg-danger" : "text-bg-secondary";
		}
	}

	/** The effective judgements of one level's items, counted. */
	public record LevelTally(int level, int accepted, int revision, int pending) {

		public boolean allAccepted() {
			return revision == 0 && pending == 0 && accepted > 0;
		}
	}

	/** The board of {@code indicator}'s items from the stored judgements (by code) and the evaluation's evidence. */
	public static ItemBoard of(InstrumentDefinition.Indicator indicator, Map<String, ItemReviewView> reviews,
			List<EvidenceView> evidence) {
		int number = indicator.number();
		OptionalInt lowestRevision = indicator.evidenceItems().stream()
				.filter(i -> reviews.containsKey(i.code()) && reviews.get(i.code()).status().isNeedsRevision())
				.mapToInt(InstrumentDefinition.EvidenceItem::level).min();
		Map<String, List<EvidenceView>> byItem = EvidenceView.byItem(number, evidence);
		List<Line> lines = new ArrayList<>();
		for (InstrumentDefinition.EvidenceItem item : indicator.evidenceItems()) {
			ItemReviewView own = reviews.get(item.code());
			List<EvidenceView> answering = List.copyOf(byItem.getOrDefault(item.code(), List.of()));
			if (lowestRevision.isPresent() && item.level() > lowestRevision.getAsInt()) {
				lines.add(new Line(item, own, ReviewStatus.NEEDS_REVISION, RevisionReason.LEVEL_BELOW, answering));
			}
			else {
				ReviewStatus status = own == null ? ReviewStatus.PENDING : own.status();
				lines.add(new Line(item, own, status, status.isNeedsRevision() ? own.reason() : null, answering));
			}
		}
		List<LevelTally> tallies = lines.stream().map(l -> l.item().level()).distinct().sorted()
				.map(level -> tally(level, lines)).toList();
		Integer highest = null;
		for (LevelTally t : tallies) {
			if (!t.allAccepted()) {
				break;
			}
			highest = t.level();
		}
		return new ItemBoard(number, lines, tallies, highest);
	}

	private static LevelTally tally(int level, List<Line> lines) {
		List<Line> at = lines.stream().filter(l -> l.item().level() == level).toList();
		return new LevelTally(level, count(at, ReviewStatus.ACCEPTED), count(at, ReviewStatus.NEEDS_REVISION),
				count(at, ReviewStatus.PENDING));
	}

	private static int count(List<Line> lines, ReviewStatus status) {
		return (int) lines.stream().filter(l -> l.effectiveStatus() == status).count();
	}

	/** True for an indicator without evidence items (SPBE). */
	public boolean isEmpty() {
		return lines.isEmpty();
	}

	/** The levels that have items, ascending. */
	public List<Integer> levels() {
		return tallies.stream().map(LevelTally::level).toList();
	}

	/** The items of one level, in the instrument's order. */
	public List<Line> at(int level) {
		return lines.stream().filter(l -> l.item().level() == level).toList();
	}

	/** The place of item {@code code} among all the indicator's items (its row in the page's one form). */
	public int position(String code) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).code().equals(code)) {
				return i;
			}
		}
		return -1;
	}

	/** The line of item {@code code}, if the indicator has it. */
	public java.util.Optional<Line> line(String code) {
		return lines.stream().filter(l -> l.code().equals(code)).findFirst();
	}
}
