package id.spbe.notification;

/** The account page's e-mail settings as typed. */
class MailSettingsForm {

	private String email;
	private String language = "id";
	private boolean deadlinesOnly;

	static MailSettingsForm of(MailSettings.View v) {
		MailSettingsForm f = new MailSettingsForm();
		f.email = v.email();
		f.language = v.language();
		f.deadlinesOnly = v.deadlinesOnly();
		return f;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public boolean isDeadlinesOnly() {
		return deadlinesOnly;
	}

	public void setDeadlinesOnly(boolean deadlinesOnly) {
		this.deadlinesOnly = deadlinesOnly;
	}
}
