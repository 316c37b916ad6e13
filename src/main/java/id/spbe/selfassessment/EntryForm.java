package id.spbe.selfassessment;

import java.math.BigDecimal;

/**
 * The indicator form as typed: level, justification and the version the user started from.
 * Kept apart from the entity so that a refused save shows exactly what the user typed.
 */
class EntryForm {

	private BigDecimal level;
	private String justification;
	private Long version;

	EntryForm() {
	}

	EntryForm(BigDecimal level, String justification, Long version) {
		this.level = level;
		this.justification = justification;
		this.version = version;
	}

	public BigDecimal getLevel() {
		return level;
	}

	public void setLevel(BigDecimal level) {
		this.level = level;
	}

	public String getJustification() {
		return justification;
	}

	public void setJustification(String justification) {
		this.justification = justification;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
