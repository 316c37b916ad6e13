package id.spbe.worksheet;

import id.spbe.evaluation.AssessmentView;
import id.spbe.evidence.EvidenceView;
import id.spbe.instrument.InstrumentDefinition;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The readiness rule: what keeps one indicator from being submitted. Plain code, unit-tested. */
final class Blockers {

	private Blockers() {
	}

	/**
	 * Blockers of one entry: no level, no justification, no evidence for the whole level claimed
	 * (a Pemdi 2.5 needs evidence for level 2), not approved by the coordinator.
	 */
	static List<Blocker> of(AssessmentView entry, List<EvidenceView> evidence, int number) {
		return of(entry, evidence, number, List.of());
	}

	/**
	 * As {@link #of(AssessmentView, List, int)} for an indicator with these evidence items (none on
	 * SPBE, and none counted for indicators fed by a national index): then evidence for the level is
	 * not enough, every item of the levels claimed needs evidence answering it.
	 */
	static List<Blocker> of(AssessmentView entry, List<EvidenceView> evidence, int number,
			List<InstrumentDefinition.EvidenceItem> items) {
		List<Blocker> blockers = new ArrayList<>();
		if (entry.selfLevel() == null) {
			blockers.add(Blocker.NO_LEVEL);
		}
		if (entry.justification() == null || entry.justification().isBlank()) {
			blockers.add(Blocker.NO_JUSTIFICATION);
		}
		Integer claimed = claimed(entry);
		if (claimed != null && !items.isEmpty()) {
			if (!missingItems(claimed, evidence, number, items).isEmpty()) {
				blockers.add(Blocker.NO_EVIDENCE_FOR_ITEM);
			}
		}
		else if (claimed != null) {
			boolean covered = evidence.stream().map(e -> e.useFor(number)).flatMap(Optional::stream)
					.anyMatch(u -> u.levels().contains(claimed));
			if (!covered) {
				blockers.add(Blocker.NO_EVIDENCE_FOR_LEVEL);
			}
		}
		if (!entry.approved()) {
			blockers.add(Blocker.NOT_APPROVED);
		}
		return blockers;
	}

	/** The evidence items readiness counts: the indicator's, none when a national index feeds it (i13 rule). */
	static List<InstrumentDefinition.EvidenceItem> counted(InstrumentDefinition.Indicator indicator) {
		return indicator.isExternal() ? List.of() : indicator.evidenceItems();
	}

	/** The items of levels up to {@code claimed} that no evidence answers, in the instrument's order. */
	static List<String> missingItems(Integer claimed, List<EvidenceView> evidence, int number,
			List<InstrumentDefinition.EvidenceItem> items) {
		if (claimed == null) {
			return List.of();
		}
		Set<String> answered = EvidenceView.byItem(number, evidence).keySet();
		return items.stream().filter(i -> i.level() <= claimed)
				.filter(i -> !answered.contains(i.code()))
				.map(InstrumentDefinition.EvidenceItem::code).toList();
	}

	/** The whole level the entry claims, its self level rounded down; null without one. */
	static Integer claimed(AssessmentView entry) {
		return entry.selfLevel() == null ? null : entry.selfLevel().setScale(0, RoundingMode.DOWN).intValue();
	}
}
