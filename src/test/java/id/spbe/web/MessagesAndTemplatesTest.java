package id.spbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.Stage;
import id.spbe.evaluation.TeamChangeView;
import id.spbe.evidence.ReviewStatus;
import id.spbe.instrument.InstrumentStatus;
import id.spbe.review.SessionView;
import id.spbe.worksheet.Blocker;
import id.spbe.user.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Keeps the Indonesian and English bundles in sync with each other and with what the code uses:
 * every message key a template or the Java code names exists in both bundles, every key of the
 * bundles is used, and templates hold no hard-coded UI text. Keys built at run time (a prefix and
 * an enum value) are checked by enumerating the values, see {@link #DYNAMIC}.
 */
class MessagesAndTemplatesTest {

	/** {@code #{key}} and {@code #{key(args)}} in a template. */
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
	/** {@code #messages.msg('key', ...)} and the other {@code #messages} methods in a template. */
	static final Pattern TEMPLATE_MESSAGES_CALL = Pattern.compile("#messages\\.\\w+\\('([a-zA-Z0-9_.]+)'");
	/** {@code #{${'prefix.' + value}}} in a template: a key built at run time. */
	static final Pattern TEMPLATE_PREFIX = Pattern.compile("#\\{\\$\\{'([a-zA-Z0-9_.]+)' \\+");
	/** Any #{ in a template, to make sure every one is of a form above. */
	static final Pattern TEMPLATE_ANY = Pattern.compile("#\\{");
	/**
	 * A dotted string literal in Java ({@code "selfAssessment.error.locked"}, or a prefix ending in a
	 * dot like {@code "workflow.done."}): a message key unless listed in {@link #NOT_MESSAGES}.
	 */
	static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)*\\.|[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\"");

	/** Dotted literals in src/main/java that are not message keys. */
	static final Set<String> NOT_MESSAGES = Set.of(
			"spbe.demo", "spring.datasource.url", "spbe.statements.count", "spbe.statements.header", // configuration properties
			"spbe.statements.log", "id.spbe.statements", // statement logging and its logger (database.StatementCounting)
			"berkas.", // start of a stored file name (FileNames)
			"postmaster.pid", // PostgreSQL's lock file (StalePostmaster)
			"spbe.backup", "spbe.restore", "manifest.json", // the backup commands' properties, the backup file's manifest
			"mail.smtp.auth", "mail.smtp.starttls.enable", "mail.smtp.starttls.required", "mail.smtp.connectiontimeout",
			"mail.smtp.timeout", "mail.smtp.writetimeout", // Jakarta Mail's properties (notification.MailTransport)
			"id.spbe", // the package of the compiled jte templates (common.PageParts)
			"spbe.storage.type", // the storage choice (evidence.EvidenceStorageConfiguration)
			"spbe.evidence.uploads", "spbe.submissions", "spbe.signin.failures"); // metric names (operations.ActivityCounters, evidence.FileReception)

	/**
	 * Keys built at run time as prefix + value, with every value the code can put there. Each
	 * prefix + value must exist; together they count as used. A new prefix in a template or in the
	 * code must be added here.
	 */
	static final Map<String, List<String>> DYNAMIC = new LinkedHashMap<>();

	static {
		DYNAMIC.put("evaluation.state.", names(EvaluationState.values())); // state badges, event history, refusals
		DYNAMIC.put("review.stateHelp.", names(EvaluationState.values())); // the review page's help per state
		DYNAMIC.put("stage.", names(Stage.values()));
		DYNAMIC.put("stage.short.", names(Stage.values()));
		DYNAMIC.put("workflow.action.", names(EvaluationAction.values())); // buttons, refusals
		DYNAMIC.put("workflow.confirm.", names(EvaluationAction.values())); // the buttons' confirmations
		DYNAMIC.put("workflow.done.", names(EvaluationAction.values())); // the flash after a move
		DYNAMIC.put("evidence.status.", names(ReviewStatus.values()));
		DYNAMIC.put("review.reason.", names(id.spbe.review.RevisionReason.values())); // item revision reasons
		DYNAMIC.put("instrument.status.", names(InstrumentStatus.values()));
		DYNAMIC.put("instrumentEdit.place.", names(enumConstants("id.spbe.instrument.InstrumentPlace$Kind"))); // problems, changes
		DYNAMIC.put("role.", names(Role.values()));
		DYNAMIC.put("readiness.blocker.", names(Blocker.values()));
		DYNAMIC.put("history.field.", names(enumConstants("id.spbe.evaluation.ScoreChange$Field")));
		DYNAMIC.put("team.change.", names(TeamChangeView.Kind.values())); // the team's history
		DYNAMIC.put("interview.side.", names(SessionView.Side.values()));
		DYNAMIC.put("minutes.signFor.", names(SessionView.Side.values()));
		DYNAMIC.put("interview.error.noAttendee.", names(SessionView.Side.values()));
		DYNAMIC.put("progress.", List.of("level", "justification", "evidence", "approved")); // overview.html's metrics
		DYNAMIC.put("agency.type.", names(id.spbe.agency.AgencyType.values())); // agency pages
		DYNAMIC.put("worksheet.column.", List.of(staticField("id.spbe.selfassessment.WorksheetExport", "COLUMNS")));
		DYNAMIC.put("dashboard.type.", names(id.spbe.agency.AgencyType.values())); // the national dashboard's agency types
		DYNAMIC.put("audit.column.", List.of(staticField("id.spbe.audit.AuditCsv", "COLUMNS"))); // the export's header
		DYNAMIC.put("audit.action.", auditActions()); // every module's actions: the keys themselves, see AuditActions
		DYNAMIC.put("enrolment.type.", names(id.spbe.agency.AgencyType.values())); // the period page's enrolment filter
		DYNAMIC.put("instrument.rule.", List.of(staticField("id.spbe.instrument.ProblemList", "RULES"))); // validation problems
		DYNAMIC.put("approvals.reason.", names(enumConstants("id.spbe.selfassessment.BulkApprovals$Reason"))); // bulk approval refusals
		DYNAMIC.put("mail.subject.", names(enumConstants("id.spbe.notification.MailKind"))); // i13-mail: e-mails
		DYNAMIC.put("mail.body.", names(enumConstants("id.spbe.notification.MailKind")));
		DYNAMIC.put("outbox.skipped.", List.of("noAddress", "turnedOff")); // OutboxQuery.Entry.skipReason
		DYNAMIC.put("token.status.", List.of("ACTIVE", "EXPIRED", "REVOKED")); // i14-tokens: ApiTokenView.status
		DYNAMIC.put("outbox.status.", names(enumConstants("id.spbe.notification.OutboxStatus"))); // the outbox page
	}

	private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");
	private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile("\\s(?:title|placeholder|alt|aria-label)=\"([^\"]*)\"");

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {
		Set<String> indonesian = load("messages.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();

		assertThat(new TreeSet<>(english)).as("keys only in Indonesian: add them to messages_en.properties")
				.containsAll(indonesian);
		assertThat(new TreeSet<>(indonesian)).as("keys only in English: add them to messages.properties")
				.containsAll(english);
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties props = load(bundle);
			assertThat(props.stringPropertyNames()).allSatisfy(k -> assertThat(props.getProperty(k)).as(bundle + " " + k).isNotBlank());
		}
	}

	@Test
	void everyKeyATemplateOrTheCodeUsesExistsInBothBundles() throws IOException {
		Uses uses = uses();
		assertThat(uses.keys().size()).as("keys found in templates and code").isGreaterThan(400);
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Set<String> keys = load(bundle).stringPropertyNames();
			Map<String, String> missing = new TreeMap<>(uses.keys());
			missing.keySet().removeAll(keys);
			assertThat(missing).as("keys used (with where) but missing in " + bundle).isEmpty();
			List<String> missingDynamic = new ArrayList<>();
			DYNAMIC.forEach((prefix, values) -> values.stream().map(v -> prefix + v).filter(k -> !keys.contains(k))
					.forEach(missingDynamic::add));
			assertThat(missingDynamic).as("keys built at run time but missing in " + bundle).isEmpty();
		}
	}

	@Test
	void everyKeyBuiltAtRunTimeIsEnumerated() throws IOException {
		Uses uses = uses();
		Map<String, String> undeclared = new TreeMap<>(uses.prefixes());
		undeclared.keySet().removeAll(DYNAMIC.keySet());
		assertThat(undeclared).as("prefixes used (with where) but not in DYNAMIC: add them with their values").isEmpty();
		Set<String> stale = new TreeSet<>(DYNAMIC.keySet());
		stale.removeAll(uses.prefixes().keySet());
		assertThat(stale).as("prefixes in DYNAMIC that nothing uses any more").isEmpty();
		assertThat(DYNAMIC.values()).allSatisfy(values -> assertThat(values).isNotEmpty());
	}

	@Test
	void everyKeyOfTheBundlesIsUsed() throws IOException {
		Uses uses = uses();
		Set<String> used = new TreeSet<>(uses.keys().keySet());
		DYNAMIC.forEach((prefix, values) -> values.forEach(v -> used.add(prefix + v)));
		Set<String> unused = new TreeSet<>(load("messages.properties").stringPropertyNames());
		unused.removeAll(used);

		assertThat(unused).as("keys nothing uses: remove them from both bundles").isEmpty();
	}

	@Test
	void theKeyPatternsFindEveryFormOfUse() {
		assertThat(all(TEMPLATE_KEY, "<p th:text=\"#{a.b}\"></p><p th:text=\"#{c.d(${x})}\"></p>")).containsExactly("a.b", "c.d");
		assertThat(all(TEMPLATE_MESSAGES_CALL, "${#messages.msg('e.f', 1)}")).containsExactly("e.f");
		assertThat(all(TEMPLATE_PREFIX, "#{${'stage.' + s}}")).containsExactly("stage.");
		assertThat(all(JAVA_LITERAL, "badInput(\"a.error.x\", 1); x ? \"b.c\" : \"d.e\"; m(\"stage.\" + s); \"plain\"; \"a/b.c\""))
				.containsExactly("a.error.x", "b.c", "d.e", "stage.");
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> found = new ArrayList<>();
		for (Resource template : templates()) {
			String html = template.getContentAsString(StandardCharsets.UTF_8)
					.replaceAll("(?s)<script.*?</script>", "<x>")
					.replaceAll("(?s)<style.*?</style>", "<x>")
					.replaceAll("(?s)<!--.*?-->", "");
			Matcher text = TEXT_NODE.matcher(html);
			while (text.find()) {
				String t = text.group(1).replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "").trim();
				if (t.chars().anyMatch(Character::isLetter)) {
					found.add(template.getFilename() + ": text \"" + t + "\"");
				}
			}
			Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (attribute.group(1).chars().anyMatch(Character::isLetter)) {
					found.add(template.getFilename() + ": attribute \"" + attribute.group(1) + "\"");
				}
			}
		}
		assertThat(found).as("use th:text with a message key instead").isEmpty();
	}

	/** The same check for the jte templates, once their expressions and directives are taken out. */
	@Test
	void jteTemplatesHoldNoHardCodedText() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : jteTemplates()) {
			String html = withoutJteCode(Files.readString(template));
			Matcher text = TEXT_NODE.matcher(html);
			while (text.find()) {
				if (text.group(1).chars().anyMatch(Character::isLetter)) {
					found.add(template.getFileName() + ": text \"" + text.group(1).trim() + "\"");
				}
			}
			Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (attribute.group(1).chars().anyMatch(Character::isLetter)) {
					found.add(template.getFileName() + ": attribute \"" + attribute.group(1) + "\"");
				}
			}
		}
		assertThat(jteTemplates()).isNotEmpty();
		assertThat(found).as("use ${t.get(\"key\")} instead").isEmpty();
	}

	@Test
	void theJteCheckCatchesHardCodedText() {
		String html = withoutJteCode("@if(m.shows(a.b(c)))<td>${t.get(\"x.y\")}</td>@else<td>Belum ada</td>@endif"
				+ "<p>@template.evidence.status(t = t, use = m.use())</p>");
		assertThat(all(TEXT_NODE, html)).contains("Belum ada").noneMatch(t -> t.contains("x.y") || t.contains("shows") || t.contains("status"));
	}

	/** A jte template without its {@code ${...}} and {@code !{...}} code and its {@code @...} directives. */
	private static String withoutJteCode(String jte) {
		return jte.replaceAll("(?m)^\\s*@(import|param) .*$", "")
				.replaceAll("[$!]\\{[^}]*}", "")
				.replaceAll("@template\\.[\\w.]+\\((?:[^()]|\\([^()]*\\))*\\)", "")
				.replaceAll("@(if|elseif|for)\\((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*\\)", "")
				.replaceAll("@(else|endif|endfor)", "");
	}

	private static List<Path> jteTemplates() throws IOException {
		return files("src/main/jte", ".jte");
	}

	private static List<Path> files(String root, String extension) throws IOException {
		try (var files = Files.walk(Path.of(root))) {
			return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
		}
	}

	@Test
	void theCheckCatchesHardCodedText() {
		Matcher m = TEXT_NODE.matcher("<h1>Judul</h1>");
		assertThat(m.find()).isTrue();
		assertThat(m.group(1)).isEqualTo("Judul");
	}

	/** What templates and code use: whole keys and run-time prefixes, each with one place that uses it. */
	record Uses(Map<String, String> keys, Map<String, String> prefixes) {
	}

	private static Uses uses() throws IOException {
		Map<String, String> keys = new TreeMap<>();
		Map<String, String> prefixes = new TreeMap<>();
		List<String> unknownForms = new ArrayList<>();
		for (Resource template : templates()) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			String where = template.getURL().getPath().replaceFirst(".*/templates/", "templates/");
			all(TEMPLATE_KEY, html).forEach(k -> keys.putIfAbsent(k, where));
			all(TEMPLATE_MESSAGES_CALL, html).forEach(k -> keys.putIfAbsent(k, where));
			all(TEMPLATE_PREFIX, html).forEach(p -> prefixes.putIfAbsent(p, where));
			long forms = all(TEMPLATE_KEY, html).size() + all(TEMPLATE_PREFIX, html).size();
			if (all(TEMPLATE_ANY, html).size() != forms) {
				unknownForms.add(where);
			}
		}
		assertThat(unknownForms).as("templates with a #{...} of a form this test does not read").isEmpty();
		List<Path> sources = new ArrayList<>(files("src/main/java", ".java"));
		assertThat(sources).hasSizeGreaterThan(50);
		// jte templates ask for texts as Java does: t.get("review.carriedTitle"), t.get("stage.short." + s)
		sources.addAll(jteTemplates());
		for (Path file : sources) {
			String where = file.getFileName().toString();
			for (String literal : all(JAVA_LITERAL, Files.readString(file))) {
				if (NOT_MESSAGES.contains(literal)) {
					continue;
				}
				(literal.endsWith(".") ? prefixes : keys).putIfAbsent(literal, where);
			}
		}
		return new Uses(keys, prefixes);
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.groupCount() > 0 ? m.group(1) : m.group());
		}
		return found;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	/** The values of a package-private enum of another package. */
	private static Enum<?>[] enumConstants(String className) {
		try {
			return (Enum<?>[]) Class.forName(className).getEnumConstants();
		}
		catch (ClassNotFoundException e) {
			throw new AssertionError("moved? update DYNAMIC: " + className, e);
		}
	}

	/** A package-private static String[] of another package. */
	/**
	 * The actions the workflow, the teams and the levels publish (each must have its name), and every
	 * action named in the bundle (other modules publish theirs as plain strings).
	 */
	private static List<String> auditActions() {
		Set<String> actions = new TreeSet<>();
		for (EvaluationAction action : EvaluationAction.values()) {
			actions.add(id.spbe.evaluation.Transitions.auditAction(action));
		}
		for (TeamChangeView.Kind kind : TeamChangeView.Kind.values()) {
			actions.add(id.spbe.evaluation.AssessorTeams.auditAction(kind));
		}
		actions.add(id.spbe.evaluation.Assessments.SCORE_CHANGED);
		// the user module's list must have keys
		actions.addAll(List.of(staticField("id.spbe.user.UserAdministration", "AUDIT_ACTIONS")));
		actions.addAll(names(enumConstants("id.spbe.instrument.InstrumentAction")));
		try {
			load("messages.properties").stringPropertyNames().stream().filter(k -> k.startsWith("audit.action."))
					.map(k -> k.substring("audit.action.".length())).forEach(actions::add);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return List.copyOf(actions);
	}

	private static String[] staticField(String className, String field) {
		try {
			java.lang.reflect.Field f = Class.forName(className).getDeclaredField(field);
			f.setAccessible(true);
			return (String[]) f.get(null);
		}
		catch (ReflectiveOperationException e) {
			throw new AssertionError("moved? update DYNAMIC: " + className + "." + field, e);
		}
	}

	private static Resource[] templates() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(templates).hasSizeGreaterThan(5);
		return templates;
	}

	private static Properties load(String name) throws IOException {
		Properties props = new Properties();
		try (InputStream in = MessagesAndTemplatesTest.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return props;
	}
}
