package id.spbe.user;

/** The token page's form: what was typed, as text, so a refused form shows it again. */
class TokenForm {

	private String name;
	private String expiresOn;

	static TokenForm startingOn(java.time.LocalDate today) {
		TokenForm form = new TokenForm();
		form.expiresOn = today.plusDays(90).toString();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(String expiresOn) {
		this.expiresOn = expiresOn;
	}
}
