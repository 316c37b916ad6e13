package id.spbe.user;

import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyView;
import id.spbe.agency.UnitView;
import id.spbe.common.EmailAddress;
import id.spbe.common.FormValues;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What a user must be, for the page, the API and the CSV import alike: a username of letters,
 * digits and {@code . _ - @}; a display name; a known role; an active agency (and optionally one of
 * its units) for agency users and none for others; an institution for assessors only; a password
 * by {@link PasswordRules}; an optional e-mail address and a language by {@link EmailAddress}, the
 * rule everyone's own settings use. Every problem is reported, not only the first.
 */
@Component
class UserRules {

	static final int MAX_NAME = 200;
	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

	private final Agencies agencies;
	private final PasswordRules passwords;
	private final UserAccountRepository accounts;

	UserRules(Agencies agencies, PasswordRules passwords, UserAccountRepository accounts) {
		this.agencies = agencies;
		this.passwords = passwords;
		this.accounts = accounts;
	}

	/**
	 * The input cleaned: names as one line, blanks as null. The address is only stripped, since
	 * folding a line break away would accept what {@link EmailAddress} refuses.
	 */
	static UserInput clean(UserInput in) {
		String email = in.email() == null || in.email().isBlank() ? null : in.email().strip();
		return new UserInput(Texts.line(in.username()), Texts.line(in.displayName()), Texts.line(in.role()),
				in.agencyId(), in.unitId(), Texts.line(in.institution()),
				in.password() == null || in.password().isEmpty() ? null : in.password(), email, Texts.line(in.language()));
	}

	/** The checked input's address as stored (null: none). */
	static String email(UserInput checked) {
		return EmailAddress.clean(checked.email());
	}

	/** The checked input's language as stored; none given is {@code id}. */
	static String language(UserInput checked) {
		return checked.language() == null ? "id" : EmailAddress.language(checked.language());
	}

	/**
	 * The problems of a new user ({@code existing} null) or of a change to {@code existing}; the
	 * username is checked against stored ones only when {@code checkTaken}.
	 */
	List<Problem> check(UserInput in, UserAccount existing, boolean checkTaken) {
		List<Problem> problems = new ArrayList<>();
		String username = existing == null ? in.username() : existing.getUsername();
		if (existing == null) {
			if (username == null || !USERNAME.matcher(username).matches()) {
				problems.add(new Problem("username", "users.error.username"));
			}
			else if (checkTaken && accounts.findByUsernameIgnoreCase(username).isPresent()) {
				problems.add(new Problem("username", "users.error.usernameTaken", username));
			}
		}
		if (in.displayName() == null) {
			problems.add(new Problem("displayName", "users.error.displayName"));
		}
		else if (Texts.length(in.displayName()) > MAX_NAME) {
			problems.add(new Problem("displayName", "users.error.tooLong", MAX_NAME));
		}
		Role role = role(in.role(), problems);
		if (role != null) {
			agency(in, role, problems);
		}
		if (in.institution() != null && role != null && role != Role.ASSESSOR) {
			problems.add(new Problem("institution", "users.error.institutionAssessorOnly"));
		}
		else if (Texts.length(in.institution()) > MAX_NAME) {
			problems.add(new Problem("institution", "users.error.tooLong", MAX_NAME));
		}
		mail(in, problems);
		if (existing == null || in.password() != null) {
			password(in, username, problems);
		}
		return problems;
	}

	/** As {@link #check}, throwing the problems. */
	void require(UserInput in, UserAccount existing) {
		List<Problem> problems = check(in, existing, true);
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
	}

	/** The role named, or null with a problem. */
	static Role role(String typed, List<Problem> problems) {
		if (typed == null) {
			problems.add(new Problem("role", "users.error.roleRequired"));
			return null;
		}
		try {
			return Role.valueOf(typed.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem("role", "users.error.roleUnknown", FormValues.echo(typed)));
			return null;
		}
	}

	private void agency(UserInput in, Role role, List<Problem> problems) {
		if (!role.isAgencyRole()) {
			if (in.agencyId() != null || in.unitId() != null) {
				problems.add(new Problem("agencyId", "users.error.agencyNotAllowed"));
			}
			return;
		}
		if (in.agencyId() == null) {
			problems.add(new Problem("agencyId", "users.error.agencyRequired"));
			return;
		}
		Optional<AgencyView> agency = agencies.byId(in.agencyId());
		if (agency.isEmpty() || !agency.get().active()) {
			problems.add(new Problem("agencyId", "users.error.agencyUnknown", String.valueOf(in.agencyId())));
			return;
		}
		if (in.unitId() != null && agencies.units(in.agencyId()).stream().map(UnitView::id)
				.noneMatch(id -> id == in.unitId().longValue())) {
			problems.add(new Problem("unitId", "users.error.unitUnknown"));
		}
	}

	private static void mail(UserInput in, List<Problem> problems) {
		try {
			email(in);
		}
		catch (RuleViolationException e) {
			problems.add(new Problem("email", e.getMessageKey(), e.getArguments()));
		}
		try {
			language(in);
		}
		catch (RuleViolationException e) {
			problems.add(new Problem("language", e.getMessageKey(), e.getArguments()));
		}
	}

	private void password(UserInput in, String username, List<Problem> problems) {
		try {
			passwords.check(in.password(), username, in.displayName(), in.institution());
		}
		catch (RuleViolationException e) {
			problems.add(new Problem("password", e.getMessageKey(), e.getArguments()));
		}
	}
}
