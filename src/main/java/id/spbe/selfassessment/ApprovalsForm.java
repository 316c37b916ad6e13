package id.spbe.selfassessment;

import id.spbe.common.FormValues;
import id.spbe.common.Forms;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The coordinator's ticks on the overview: each ticked entry as {@code "number:version"}, the
 * entry version the page showed, so that an entry changed since is refused rather than approved
 * unseen.
 */
class ApprovalsForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private List<String> entries = new ArrayList<>();

	/** Indicator number to the version shown; a tick that is not "number:version" is an error of the field. */
	Map<Integer, Long> shown(Errors errors) {
		Map<Integer, Long> shown = new LinkedHashMap<>();
		for (String tick : entries) {
			String[] parts = tick == null ? new String[0] : tick.split(":", -1);
			if (parts.length != 2) {
				errors.rejectValue("entries", "approvals.error.entry", new Object[] { FormValues.echo(tick) },
						"approvals.error.entry");
				continue;
			}
			Long number = Forms.whole(errors, "entries", parts[0]);
			Long version = Forms.whole(errors, "entries", parts[1]);
			if (number != null && version != null && shown.put(number.intValue(), version) != null) {
				errors.rejectValue("entries", "approvals.error.duplicate", new Object[] { number }, "approvals.error.duplicate");
			}
		}
		return shown;
	}

	/** True when the entry of indicator {@code number} was ticked (a refused form shows its ticks again). */
	public boolean ticks(int number) {
		return entries.stream().anyMatch(t -> t != null && t.startsWith(number + ":"));
	}

	public List<String> getEntries() {
		return entries;
	}

	public void setEntries(List<String> entries) {
		this.entries = entries == null ? new ArrayList<>() : entries;
	}
}
