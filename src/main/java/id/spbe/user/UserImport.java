package id.spbe.user;

import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyView;
import id.spbe.agency.UnitView;
import id.spbe.common.AuditEvent;
import id.spbe.common.Csv;
import id.spbe.common.CsvImportException;
import id.spbe.common.EmailAddress;
import id.spbe.common.Forms;
import id.spbe.common.RuleViolationException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Users from a CSV file ({@code username, displayName, role, agency, unit, institution, password, email,
 * language}; the last two optional, so files made before them still import),
 * all or nothing: every line is checked by {@link UserRules} (and against the other lines and the
 * stored names) before anything is written, and a file with any error changes nothing and names
 * every error by line and column. The agency is named as stored (or by its id or region code), the unit by its
 * name within that agency; each password is temporary. Bounded to {@value #MAX_ROWS} lines, since
 * each password costs a strength estimate and a bcrypt hash (about a tenth of a second).
 */
@Service
class UserImport {

	static final int MAX_ROWS = 1_000;
	static final Csv.Spec SPEC = new Csv.Spec(List.of("username", "displayname", "role", "password"),
			List.of("agency", "unit", "institution", "email", "language"),
			// cells as long as the longest e-mail address; names and passwords have shorter bounds of their own
			new Csv.Limits(1024 * 1024, MAX_ROWS, EmailAddress.MAX_LENGTH));
	/** The CSV column of each field of {@link UserInput}. */
	private static final Map<String, String> COLUMNS = Map.of("username", "username", "displayName", "displayname",
			"role", "role", "agencyId", "agency", "unitId", "unit", "institution", "institution", "password", "password", "email", "email", "language", "language");

	private final UserAdministration administration;
	private final UserRules rules;
	private final UserAccountRepository accounts;
	private final Agencies agencies;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;

	UserImport(UserAdministration administration, UserRules rules, UserAccountRepository accounts, Agencies agencies,
			PasswordEncoder encoder, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.administration = administration;
		this.rules = rules;
		this.accounts = accounts;
		this.agencies = agencies;
		this.encoder = encoder;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Creates the file's users, or none.
	 *
	 * @return how many were created
	 * @throws CsvImportException with every problem by line and column; nothing was stored
	 */
	int importCsv(CurrentUser actor, InputStream in) {
		UserAdministration.requireAdmin(actor);
		List<Csv.Row> rows = Csv.read(in, SPEC);
		Csv.Problems problems = new Csv.Problems();
		List<UserInput> inputs = check(rows, problems);
		if (rows.isEmpty()) {
			problems.add(0, null, "users.import.noRows");
		}
		problems.throwIfAny();
		// hashing takes time: outside the transaction, which then only writes
		List<String> hashes = inputs.stream().map(i -> encoder.encode(i.password())).toList();
		try {
			transaction.executeWithoutResult(status -> {
				for (int i = 0; i < inputs.size(); i++) {
					UserAccount account = accounts.save(administration.newAccount(inputs.get(i), hashes.get(i)));
					events.publishEvent(AuditEvent.of("USER_CREATED", "user", account.getId(), account.getAgencyId(),
							account.getUsername() + ": " + account.getRole() + UserAdministration.mailDetail(account) + ", CSV import"));
				}
				accounts.flush();
			});
		}
		catch (DataIntegrityViolationException e) {
			// someone created one of these names while the file was checked
			throw RuleViolationException.conflict("users.error.importConflict");
		}
		return inputs.size();
	}

	/** A refusal of the import on the page's form: the summary, then each problem by line and column. */
	void reject(Errors errors, RuleViolationException e) {
		Forms.reject(errors, e);
		if (e instanceof CsvImportException csv) {
			csv.problems().forEach(p -> p.rejectOn(errors));
		}
	}

	private List<UserInput> check(List<Csv.Row> rows, Csv.Problems problems) {
		List<AgencyView> all = agencies.all();
		Map<String, AgencyView> byName = all.stream()
				.collect(Collectors.toMap(a -> a.name().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
		// an agency may also be named by its id or its Kemendagri region code ("19.71")
		Map<String, AgencyView> byId = new HashMap<>();
		all.forEach(a -> byId.put(String.valueOf(a.id()), a));
		all.stream().filter(a -> a.regionCode() != null).forEach(a -> byId.putIfAbsent(a.regionCode(), a));
		Map<Long, List<UnitView>> units = new HashMap<>();
		List<String> names = rows.stream().map(r -> r.get("username")).filter(n -> n != null && n.length() <= 100)
				.map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList();
		java.util.Set<String> taken = names.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(accounts.takenNames(names));
		Map<String, Integer> firstLine = new HashMap<>();
		List<UserInput> inputs = new ArrayList<>();
		for (Csv.Row row : rows) {
			AgencyView agency = agency(row, byName, byId, problems);
			Long unitId = agency == null ? null : unit(row, agency, units, problems);
			UserInput input = UserRules.clean(new UserInput(row.get("username"), row.get("displayname"), row.get("role"),
					agency == null ? null : agency.id(), unitId, row.get("institution"), row.get("password"), row.get("email"),
					row.get("language")));
			boolean agencyNamed = row.get("agency") != null;
			for (Problem p : rules.check(input, null, false)) {
				// an agency named but not found has its own message already
				if (!(agencyNamed && agency == null && p.field().equals("agencyId"))) {
					problems.add(row.line(), COLUMNS.get(p.field()), p.key(), p.args());
				}
			}
			String name = input.username() == null ? null : input.username().toLowerCase(Locale.ROOT);
			if (name != null) {
				Integer first = firstLine.putIfAbsent(name, row.line());
				if (first != null) {
					problems.add(row.line(), "username", "users.error.usernameRepeated", input.username(), first);
				}
				else if (taken.contains(name)) {
					problems.add(row.line(), "username", "users.error.usernameTaken", input.username());
				}
			}
			inputs.add(input);
		}
		return inputs;
	}

	private static AgencyView agency(Csv.Row row, Map<String, AgencyView> byName, Map<String, AgencyView> byId,
			Csv.Problems problems) {
		String typed = row.get("agency");
		if (typed == null) {
			return null;
		}
		AgencyView agency = byName.getOrDefault(typed.toLowerCase(Locale.ROOT), byId.get(typed));
		if (agency == null) {
			problems.add(row.line(), "agency", "users.error.agencyUnknownName", typed);
		}
		return agency;
	}

	private Long unit(Csv.Row row, AgencyView agency, Map<Long, List<UnitView>> units, Csv.Problems problems) {
		String typed = row.get("unit");
		if (typed == null) {
			return null;
		}
		return units.computeIfAbsent(agency.id(), agencies::units).stream()
				.filter(u -> u.name().equalsIgnoreCase(typed)).map(UnitView::id).findFirst().orElseGet(() -> {
					problems.add(row.line(), "unit", "users.error.unitUnknownName", typed, agency.name());
					return null;
				});
	}
}
