package id.spbe.worksheet;

import id.spbe.evaluation.AssessmentView;
import id.spbe.evidence.EvidenceView;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The readiness rule: what keeps one indicator from being submitted. Plain code, unit-tested. */
final class Blockers {

	private Blockers() {
	}

	/**
	 * Blockers of one entry: no level, no justification, no evidence for the whole level claimed
	 * (a Pemdi 2.5 needs evidence for level 2), not approved by the coordinator.
	 */
	static List<Blocker> of(AssessmentView entry, List<EvidenceView> evidence, int number) {
		List<Blocker> blockers = new ArrayList<>();
		if (entry.selfLevel() == null) {
			blockers.add(Blocker.NO_LEVEL);
		}
		if (entry.justification() == null || entry.justification().isBlank()) {
			blockers.add(Blocker.NO_JUSTIFICATION);
		}
		Integer claimed = claimed(entry);
		if (claimed != null) {
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

	/** The whole level the entry claims, its self level rounded down; null without one. */
	static Integer claimed(AssessmentView entry) {
		return entry.selfLevel() == null ? null : entry.selfLevel().setScale(0, RoundingMode.DOWN).intValue();
	}
}
