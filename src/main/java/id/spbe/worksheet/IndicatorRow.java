package id.spbe.worksheet;

import id.spbe.evaluation.AssessmentView;
import id.spbe.evidence.EvidenceView;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import java.util.List;

/**
 * One indicator of an evaluation with the agency's entry, its evidence and what blocks it.
 *
 * @param assigneeName name of the assigned operator or unit, or null
 */
public record IndicatorRow(InstrumentDefinition.Indicator indicator, AssessmentView entry, List<EvidenceView> evidence,
		List<Blocker> blockers, String assigneeName) {

	/** True when the entry is assigned to the user, or to the user's unit with no person named. */
	public boolean isAssignedTo(CurrentUser user) {
		return java.util.Objects.equals(entry.assigneeUserId(), user.getId())
				|| (entry.assigneeUserId() == null && entry.assigneeUnitId() != null
						&& entry.assigneeUnitId().equals(user.getUnitId()));
	}

	/**
	 * The whole level whose evidence the self level needs (a Pemdi 2.5 needs evidence for level 2),
	 * or null without a level. Every blocker's message gets it; only the missing-evidence one shows it.
	 */
	public Integer claimedLevel() {
		return Blockers.claimed(entry);
	}

	/** The evidence items the readiness check counts: the indicator's, unless a national index feeds it. */
	public List<InstrumentDefinition.EvidenceItem> itemsNeedingEvidence() {
		return Blockers.counted(indicator);
	}

	/** The items of the claimed levels without evidence, "I4-L3-01, I4-L3-02"; shown by the NO_EVIDENCE_FOR_ITEM blocker. */
	public String missingItems() {
		return String.join(", ", Blockers.missingItems(claimedLevel(), evidence, indicator.number(),
				itemsNeedingEvidence()));
	}

	public boolean hasLevel() {
		return entry.selfLevel() != null;
	}

	public boolean hasJustification() {
		return entry.justification() != null && !entry.justification().isBlank();
	}

	/** True when the entry waits for the coordinator's approval: a level and a justification, not approved. */
	public boolean waitsForApproval() {
		return hasLevel() && entry.justification() != null && !entry.approved();
	}

	public boolean hasEvidence() {
		return !evidence.isEmpty();
	}

	/** How many of this indicator's evidence items the assessors judged with this status (PENDING, ACCEPTED, NEEDS_REVISION). */
	public long evidenceWith(String status) {
		return evidence.stream().map(e -> e.useFor(indicator.number())).flatMap(java.util.Optional::stream)
				.filter(u -> u.reviewStatus().name().equals(status)).count();
	}
}
