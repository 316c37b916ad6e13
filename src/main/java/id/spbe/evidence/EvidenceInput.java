package id.spbe.evidence;

import id.spbe.common.FormValues;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.common.WebAddress;
import id.spbe.common.Wib;
import id.spbe.instrument.InstrumentDefinition;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a user types or picks for evidence, checked apart from any evaluation's state: the levels
 * it supports, a link's address and access date, titles and notes. Kept free of Spring and the
 * database so that every refusal and its message key can be tested on its own; the services decide
 * when to ask, and ask before anything is locked or stored.
 */
final class EvidenceInput {

	static final int MAX_TITLE = 300;
	static final int MAX_NOTE = 2000;
	static final int MAX_URL = WebAddress.MAX_LENGTH;

	private EvidenceInput() {
	}

	/**
	 * The levels as stored, "1,2,3": sorted, each once.
	 *
	 * @throws RuleViolationException BAD_INPUT for none, or one not a whole level of the instrument's scale
	 */
	static String levels(InstrumentDefinition instrument, Collection<Integer> levels) {
		if (levels == null || levels.isEmpty()) {
			throw RuleViolationException.badInput("evidence.error.noLevel");
		}
		TreeSet<Integer> sorted = new TreeSet<>();
		for (Integer level : levels) {
			if (level == null || !instrument.wholeLevels().contains(level)) {
				throw RuleViolationException.badInput("evidence.error.levelOutOfScale", level,
						instrument.scaleMin().intValue(), instrument.scaleMax().intValue());
			}
			sorted.add(level);
		}
		return sorted.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	/** What a use of evidence answers, as stored: levels "1,2" and item codes "I4-L1-01,I4-L2-01" (empty without items). */
	record Tags(String levels, String items) {
	}

	/** Most item codes one piece of evidence may answer for one indicator (the longest indicator has about 20). */
	static final int MAX_ITEMS = 60;

	/**
	 * What evidence answers on {@code indicator}: on an indicator with evidence items (Pemdi) the
	 * items ticked, each the indicator's own, and the levels those items belong to; without items
	 * (SPBE) the levels, as {@link #levels}. An indicator with items also takes levels alone (older
	 * API clients): such evidence answers no item, so readiness still asks for every item.
	 *
	 * @throws RuleViolationException BAD_INPUT for an item code the indicator does not have, items
	 *                                on an indicator without items, or neither items nor levels
	 */
	static Tags tags(InstrumentDefinition instrument, InstrumentDefinition.Indicator indicator,
			Collection<Integer> levels, Collection<String> items) {
		if (items == null || items.isEmpty()) {
			if (!indicator.evidenceItems().isEmpty() && (levels == null || levels.isEmpty())) {
				throw RuleViolationException.badInput("evidence.error.noItem");
			}
			return new Tags(levels(instrument, levels), "");
		}
		if (indicator.evidenceItems().isEmpty()) {
			throw RuleViolationException.badInput("evidence.error.noItemsHere", indicator.number());
		}
		if (items.size() > MAX_ITEMS) {
			throw RuleViolationException.badInput("evidence.error.unknownItem", "…", indicator.number());
		}
		TreeSet<String> codes = new TreeSet<>();
		TreeSet<Integer> itemLevels = new TreeSet<>();
		for (String code : items) {
			String c = code == null ? "" : code.strip();
			InstrumentDefinition.EvidenceItem item = indicator.evidenceItems().stream().filter(i -> i.code().equals(c))
					.findFirst().orElseThrow(() -> RuleViolationException.badInput("evidence.error.unknownItem",
							FormValues.echo(c), indicator.number()));
			codes.add(item.code());
			itemLevels.add(item.level());
		}
		return new Tags(itemLevels.stream().map(String::valueOf).collect(Collectors.joining(",")),
				String.join(",", codes));
	}

	/**
	 * A link's address, stripped; by {@link WebAddress#isValid}, the one rule for addresses users type.
	 *
	 * @throws RuleViolationException BAD_INPUT for none, one too long, or one that is not http(s)
	 */
	static String checkUrl(String url) {
		String v = url == null ? "" : url.strip();
		if (!v.equals(Texts.clean(v))) {
			// a control character would silently change the address
			throw RuleViolationException.badInput("evidence.error.urlScheme", FormValues.echo(v));
		}
		if (v.isEmpty()) {
			throw RuleViolationException.badInput("evidence.error.urlMissing");
		}
		if (v.length() > MAX_URL) {
			throw RuleViolationException.badInput("evidence.error.urlTooLong", MAX_URL);
		}
		if (!WebAddress.isValid(v)) {
			throw RuleViolationException.badInput("evidence.error.urlScheme", FormValues.echo(v));
		}
		return v;
	}

	/**
	 * The date a link was accessed. "Today" is the WIB day, whatever zone the server runs in.
	 *
	 * @throws RuleViolationException BAD_INPUT for none, a day after today, or one before {@link Wib#EARLIEST}
	 */
	static LocalDate checkAccessedOn(LocalDate accessedOn, Clock clock) {
		if (accessedOn == null) {
			throw RuleViolationException.badInput("evidence.error.accessedOnMissing");
		}
		if (accessedOn.isAfter(Wib.today(clock))) {
			throw RuleViolationException.badInput("evidence.error.accessedOnFuture", accessedOn);
		}
		if (accessedOn.isBefore(Wib.EARLIEST)) {
			throw RuleViolationException.badInput("evidence.error.accessedOnTooEarly", accessedOn, Wib.EARLIEST);
		}
		return accessedOn;
	}

	/** A title as stored; without one, the file name or address stands in. */
	static String title(String title, String fallback) {
		return text(title, MAX_TITLE, "evidence.error.titleTooLong", fallback);
	}

	/** An optional note as stored, or null. */
	static String note(String note) {
		return text(note, MAX_NOTE, "evidence.error.noteTooLong", null);
	}

	/**
	 * A one-field text as stored: cleaned and stripped; when empty, {@code fallback} cut to
	 * {@code max}, or null.
	 *
	 * @throws RuleViolationException BAD_INPUT with {@code key} and {@code max} for a text longer than {@code max}
	 */
	static String text(String value, int max, String key, String fallback) {
		String v = value == null ? "" : Texts.clean(value).strip();
		if (Texts.length(v) > max) {
			throw RuleViolationException.badInput(key, max);
		}
		if (v.isEmpty()) {
			return fallback == null ? null : fallback.length() > max ? fallback.substring(0, max) : fallback;
		}
		return v;
	}

	/** A size for messages: "50 MB", "64 KB". */
	static String humanSize(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB";
		}
		return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " B";
	}
}
