package id.spbe.user;

import java.io.Serializable;

/**
 * A password form: the user's own change (current, new and its repetition) or an administrator's
 * temporary password (new only). Passwords are never shown again after a refusal.
 */
class PasswordForm implements Serializable {

	private String current;
	private String newPassword;
	private String repeat;

	void forget() {
		current = null;
		newPassword = null;
		repeat = null;
	}

	public String getCurrent() {
		return current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getRepeat() {
		return repeat;
	}

	public void setRepeat(String repeat) {
		this.repeat = repeat;
	}
}
