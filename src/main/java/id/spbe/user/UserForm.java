package id.spbe.user;

import id.spbe.common.Forms;
import java.io.Serializable;
import org.springframework.validation.Errors;

/**
 * The administrator's user form as typed. Ids stay text so a malformed one is an error of its
 * field; the password is never sent back to the page after a refusal (it would sit in the HTML).
 */
class UserForm implements Serializable {

	private String username;
	private String displayName;
	private String role;
	private String agencyId;
	private String unitId;
	private String institution;
	private String password;
	private String email;
	private String language = "id";

	static UserForm of(AccountRow row) {
		UserForm f = new UserForm();
		f.username = row.username();
		f.displayName = row.displayName();
		f.role = row.role().name();
		f.agencyId = row.agencyId() == null ? null : row.agencyId().toString();
		f.unitId = row.unitId() == null ? null : row.unitId().toString();
		f.institution = row.institution();
		f.email = row.email();
		f.language = row.language();
		return f;
	}

	/** The typed user; malformed ids become errors of their fields. */
	UserInput input(Errors errors) {
		return new UserInput(username, displayName, role, Forms.whole(errors, "agencyId", agencyId),
				Forms.whole(errors, "unitId", unitId), institution, password, email, language);
	}

	/** The chosen agency as a number, null when none or malformed (for listing its units). */
	Long agency() {
		try {
			return agencyId == null || agencyId.isBlank() || agencyId.length() > 9 ? null : Long.valueOf(agencyId.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** Forgets the password, so that a refused form does not carry it back to the page. */
	void forgetPassword() {
		password = null;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getAgencyId() {
		return agencyId;
	}

	public void setAgencyId(String agencyId) {
		this.agencyId = agencyId;
	}

	public String getUnitId() {
		return unitId;
	}

	public void setUnitId(String unitId) {
		this.unitId = unitId;
	}

	public String getInstitution() {
		return institution;
	}

	public void setInstitution(String institution) {
		this.institution = institution;
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

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
