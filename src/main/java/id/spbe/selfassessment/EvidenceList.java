package id.spbe.selfassessment;

import id.spbe.evaluation.ClarificationView;
import id.spbe.evidence.EvidenceView;
import id.spbe.instrument.InstrumentDefinition;
import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the agency's indicator page's evidence list needs (one page of it, each item with its
 * details, the assessors' judgement when shown, and its remove and new-version forms), rendered
 * by {@code selfassessment/evidenceList.jte} through {@link id.spbe.common.PageParts}.
 *
 * @param number       the indicator on the page
 * @param statusShown  whether the agency sees the assessors' judgements now
 * @param clarification the open clarification, or null
 * @param items        the indicator's evidence items (Pemdi), offered with a new file version
 * @param refused      the evidence item a refused action was about, or null; {@code errors} its messages
 *                     and {@code refusedItems} the evidence items its new-version form had ticked
 * @param actions      the address of the indicator's evidence actions, up to the evidence id
 * @param csrf         the token every form sends, as Thymeleaf adds to its own forms
 */
record EvidenceList(EvidencePage page, int number, boolean statusShown, boolean canAddEvidence, boolean canEdit,
		ClarificationView clarification, String accept, List<InstrumentDefinition.EvidenceItem> items, Long refused,
		List<String> errors, List<String> refusedItems, String actions, String contextPath, CsrfToken csrf) {

	boolean refusedAbout(long evidenceId) {
		return refused != null && refused == evidenceId && !errors.isEmpty();
	}

	/**
	 * Whether the new-version form ticks evidence item {@code code}: as the user ticked it in a
	 * refused form for this file, else as the file's use answers now. (An empty choice keeps what
	 * the use answered, so it shows that.)
	 */
	boolean versionTicks(EvidenceView e, EvidenceView.Use use, String code) {
		if (refused != null && refused == e.id() && !refusedItems.isEmpty()) {
			return refusedItems.contains(code);
		}
		return use.answers(code);
	}

	/**
	 * A new version of a file is offered unless a clarification is open and the file is used on an
	 * indicator outside it (the hint explains why).
	 */
	boolean mayVersion(EvidenceView e) {
		return clarification == null || e.onlyUsedFor(clarification.indicators());
	}
}
