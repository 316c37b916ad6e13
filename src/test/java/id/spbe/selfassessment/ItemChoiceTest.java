package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.instrument.InstrumentDefinition;
import id.spbe.instrument.Text;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A refused link form shows its item checkboxes ticked as typed, with the items' text in the page's language. */
class ItemChoiceTest {

	@Test
	void keepsTheTicksAsTyped() {
		LinkForm form = new LinkForm();
		form.setItems(List.of("I3-L1-02"));
		List<InstrumentDefinition.EvidenceItem> items = List.of(
				new InstrumentDefinition.EvidenceItem("I3-L1-01", 1, new Text("Peta kompetensi", "Competency map")),
				new InstrumentDefinition.EvidenceItem("I3-L1-02", 1, new Text("Komunitas belajar", "Learning community")));

		assertThat(form.itemChoices(items, Locale.ENGLISH)).containsExactly(
				new ItemChoice("I3-L1-01", "Competency map", false),
				new ItemChoice("I3-L1-02", "Learning community", true));
		assertThat(form.itemChoices(items, Locale.forLanguageTag("id"))).extracting(ItemChoice::description)
				.containsExactly("Peta kompetensi", "Komunitas belajar");
	}
}
