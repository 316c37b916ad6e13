package id.spbe.review;

import id.spbe.common.FormValues;
import id.spbe.common.JsonBodies;
import id.spbe.common.RuleViolationException;
import id.spbe.evidence.ReviewStatus;
import id.spbe.user.CurrentUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The instrument's evidence items of one indicator (Pemdi) as the API reads and judges them: per
 * item its own judgement, the evidence answering it and the effective status with the automatic
 * "level below not accepted" rule; judgements of several items in one all-or-nothing request.
 */
@RestController
@RequestMapping("/api/evaluations/{id}/indicators/{number}/items")
class ItemsApiController {

	private final Judgements judgements;

	ItemsApiController(Judgements judgements) {
		this.judgements = judgements;
	}

	/** By item code: level, status, reason, note, evidence (ids), effectiveStatus, effectiveReason, reviewedBy, reviewedAt. */
	@GetMapping
	Map<String, Object> items(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable int number) {
		return json(judgements.itemBoard(user, id, number));
	}

	/**
	 * Body {@code {"I4-L1-01": {"status": "NEEDS_REVISION", "reason": "WRONG_DOCUMENT", "note": "..."}, ...}}:
	 * every item named is judged, or (one refused) none; answers the items as {@link #items} does.
	 */
	@PutMapping
	Map<String, Object> judge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable int number, @RequestBody JsonNode body) {
		if (body == null || !body.isObject() || body.isEmpty()) {
			throw RuleViolationException.badInput("review.error.noItem");
		}
		Map<String, Judgements.ItemJudgement> sent = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : body.properties()) {
			sent.put(e.getKey(), judgement(e.getKey(), e.getValue()));
		}
		judgements.judgeItems(user, id, number, sent);
		return json(judgements.itemBoard(user, id, number));
	}

	/** Body {@code {"status": ..., "reason": ..., "note": ...}} for one item, as one entry of {@link #judge}. */
	@PutMapping("/{code}")
	Map<String, Object> judgeOne(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable int number, @PathVariable String code, @RequestBody JsonNode body) {
		Judgements.ItemJudgement j = judgement(code, body);
		judgements.reviewItem(user, id, number, code, j);
		return Map.of("code", code, "indicator", number, "status", j.status());
	}

	/** One item's judgement as sent; an unknown status or reason is refused naming the item. */
	static Judgements.ItemJudgement judgement(String code, JsonNode value) {
		if (value == null || !value.isObject()) {
			throw RuleViolationException.badInput("review.error.itemNoStatus", FormValues.echo(code));
		}
		String status = JsonBodies.text(value, "status");
		String reason = JsonBodies.text(value, "reason");
		if (status == null) {
			throw RuleViolationException.badInput("review.error.itemNoStatus", FormValues.echo(code));
		}
		ReviewStatus s = parse(ReviewStatus.class, status, "review.error.itemStatus", code);
		RevisionReason r = reason == null ? null : parse(RevisionReason.class, reason, "review.error.itemReason", code);
		return new Judgements.ItemJudgement(s, r, JsonBodies.text(value, "note"));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String key, String code) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.badInput(key, FormValues.echo(code), FormValues.echo(value));
		}
	}

	private static Map<String, Object> json(ItemBoard board) {
		Map<String, Object> byCode = new LinkedHashMap<>();
		for (ItemBoard.Line line : board.lines()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("level", line.item().level());
			item.put("status", line.ownStatus());
			item.put("reason", line.ownReason());
			item.put("note", line.note());
			item.put("evidence", line.evidenceIds());
			item.put("effectiveStatus", line.effectiveStatus());
			item.put("effectiveReason", line.effectiveReason());
			item.put("reviewedBy", line.own() == null ? null : line.own().reviewedBy());
			item.put("reviewedAt", line.own() == null ? null : line.own().reviewedAt());
			byCode.put(line.code(), item);
		}
		return byCode;
	}
}
