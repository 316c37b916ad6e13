package id.spbe.review;

import id.spbe.common.FormValues;
import id.spbe.common.RuleViolationException;
import id.spbe.instrument.InstrumentDefinition;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The checks of item judgements as sent, before anything is locked: every code the indicator's
 * own, a status, a reason only the assessor's own and only for a revision, a bounded note. Kept
 * apart so that pages and API refuse the same input with the same message.
 */
final class ItemJudgements {

	private ItemJudgements() {
	}

	/**
	 * The judgements as stored (note cleaned, reason OTHER for a revision without one, none otherwise), by code.
	 *
	 * @throws RuleViolationException BAD_INPUT for the first judgement that breaks a rule, naming its item
	 */
	static Map<String, Judgements.ItemJudgement> checked(InstrumentDefinition.Indicator indicator,
			Map<String, Judgements.ItemJudgement> judgements) {
		if (judgements == null || judgements.isEmpty()) {
			throw RuleViolationException.badInput("review.error.noItem");
		}
		Map<String, Judgements.ItemJudgement> clean = new TreeMap<>();
		for (Map.Entry<String, Judgements.ItemJudgement> e : judgements.entrySet()) {
			String code = e.getKey();
			if (code == null || indicator.evidenceItems().stream().noneMatch(i -> i.code().equals(code))) {
				throw RuleViolationException.badInput("review.error.unknownItem", FormValues.echo(code),
						indicator.number());
			}
			Judgements.ItemJudgement j = e.getValue();
			if (j == null || j.status() == null) {
				throw RuleViolationException.badInput("review.error.itemNoStatus", code);
			}
			RevisionReason reason = null;
			if (j.status().isNeedsRevision()) {
				reason = j.reason() == null ? RevisionReason.OTHER : j.reason();
				if (reason.isAutomatic()) {
					throw RuleViolationException.badInput("review.error.itemReason", code, reason.name());
				}
			}
			clean.put(code, new Judgements.ItemJudgement(j.status(), reason, note(code, j.note())));
		}
		return clean;
	}

	private static String note(String code, String note) {
		try {
			return ReviewService.text(note, "review.error.noteTooLong");
		}
		catch (RuleViolationException e) {
			throw RuleViolationException.badInput("review.error.itemNoteTooLong", code, ReviewService.MAX_NOTE);
		}
	}

	/** The audit log's detail: the indicator and each item's new status. */
	static String describe(int number, Map<String, Judgements.ItemJudgement> judgements) {
		String all = judgements.entrySet().stream()
				.map(e -> e.getKey() + "=" + e.getValue().status() + (e.getValue().reason() == null ? ""
						: "/" + e.getValue().reason()))
				.collect(Collectors.joining(", "));
		String detail = "indicator " + number + ": " + all;
		return detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail;
	}
}
