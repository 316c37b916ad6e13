package id.spbe.user;

import id.spbe.common.Forms;
import id.spbe.common.Texts;
import org.springframework.validation.Errors;

/**
 * The user list's filter as typed in the query string ({@code ?q=&role=&agency=&locked=&page=}),
 * pages and API alike; a malformed part is an error of its field and is left out of the query.
 */
class UserFilter {

	private String q;
	private String role;
	private String agency;
	private String locked;
	private String page;

	UserQuery query(Errors errors) {
		String text = Texts.line(q);
		if (Texts.length(text) > UserQuery.MAX_TEXT) {
			errors.rejectValue("q", "users.error.tooLong", new Object[] { UserQuery.MAX_TEXT }, null);
			text = null;
		}
		return new UserQuery(text, Forms.choice(errors, "role", Role.class, role), Forms.whole(errors, "agency", agency),
				"true".equals(locked));
	}

	/** The page asked for, counted from 0. */
	int pageNumber(Errors errors) {
		Long p = Forms.whole(errors, "page", page);
		return p == null ? 0 : p.intValue();
	}

	/** The query string of this filter without the page, for the pagination links. */
	String withoutPage() {
		StringBuilder sb = new StringBuilder();
		append(sb, "q", q);
		append(sb, "role", role);
		append(sb, "agency", agency);
		append(sb, "locked", locked);
		return sb.toString();
	}

	private static void append(StringBuilder sb, String name, String value) {
		if (value != null && !value.isBlank()) {
			sb.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
					.append('&');
		}
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getAgency() {
		return agency;
	}

	public void setAgency(String agency) {
		this.agency = agency;
	}

	public String getLocked() {
		return locked;
	}

	public void setLocked(String locked) {
		this.locked = locked;
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}
}
