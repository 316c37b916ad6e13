package id.spbe.selfassessment;

import id.spbe.instrument.InstrumentDefinition;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One evidence item as a checkbox of the upload, link and reuse forms, written out for the page:
 * a Pemdi indicator has up to 25 items and the page shows three such forms, so asking the form
 * object and the item's text once per checkbox in the template was a good part of the page's time.
 *
 * @param description the item's text in the page's language
 * @param ticked      whether the form as typed ticks it (a refused form keeps its ticks)
 */
record ItemChoice(String code, String description, boolean ticked) {

	static List<ItemChoice> of(List<InstrumentDefinition.EvidenceItem> items, Locale locale, Predicate<String> ticked) {
		return items.stream().map(i -> new ItemChoice(i.code(), i.description().in(locale), ticked.test(i.code()))).toList();
	}
}
