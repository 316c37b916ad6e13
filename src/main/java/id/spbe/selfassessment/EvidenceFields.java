package id.spbe.selfassessment;

import id.spbe.common.Forms;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * What the upload and the link form share, as typed: the levels the evidence supports, a title and
 * a note. The template fragment {@code evaluations/evidence-fields} shows them.
 */
abstract class EvidenceFields implements Serializable {

	private static final long serialVersionUID = 1L;

	private List<String> levels = new ArrayList<>();
	private List<String> items = new ArrayList<>();
	private String title;
	private String note;

	/** The ticked levels; a malformed one becomes an error of the field. */
	List<Integer> levels(Errors errors) {
		return Forms.integers(errors, "levels", levels);
	}

	/** True when the level was ticked, so a refused form shows the same ticks. */
	public boolean ticks(int level) {
		return levels.contains(String.valueOf(level));
	}

	/** The ticked evidence items (instruments with items), as sent. */
	List<String> items() {
		return List.copyOf(items);
	}

	/** True when the evidence item was ticked, so a refused form shows the same ticks. */
	public boolean ticksItem(String code) {
		return items.contains(code);
	}

	/** The indicator's evidence items as this form's checkboxes, ticked as typed. */
	public List<ItemChoice> itemChoices(List<id.spbe.instrument.InstrumentDefinition.EvidenceItem> of, java.util.Locale locale) {
		return ItemChoice.of(of, locale, this::ticksItem);
	}

	public List<String> getItems() {
		return items;
	}

	public void setItems(List<String> items) {
		this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
	}

	public List<String> getLevels() {
		return levels;
	}

	public void setLevels(List<String> levels) {
		this.levels = levels == null ? new ArrayList<>() : new ArrayList<>(levels);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
