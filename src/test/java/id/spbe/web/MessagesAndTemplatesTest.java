package id.spbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.evaluation.EvaluationState;
import id.spbe.instrument.InstrumentStatus;
import id.spbe.worksheet.Blocker;
import id.spbe.user.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Keeps the Indonesian and English bundles in sync, checks that every message a template asks
 * for exists, and that templates hold no hard-coded UI text.
 */
class MessagesAndTemplatesTest {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
	private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{\\$\\{'([a-zA-Z0-9_.]+)' \\+");
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
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		for (Resource template : templates()) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			Matcher m = MESSAGE_KEY.matcher(html);
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(template.getFilename() + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyMessageKeyTheCodeUsesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Pattern literal = Pattern.compile("\"((?:selfAssessment|evidence|index|workflow|api|worksheet|instrument|readiness|login)\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");
		List<String> missing = new ArrayList<>();
		int found = 0;
		try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
			for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = literal.matcher(java.nio.file.Files.readString(file));
				while (m.find()) {
					found++;
					if (!keys.contains(m.group(1)) && !m.group(1).endsWith(".")) {
						missing.add(file.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(found).as("keys found in the code").isGreaterThan(40);
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumValueShownByTemplatesHasAMessage() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> prefixes = new TreeSet<>();
		for (Resource template : templates()) {
			Matcher m = DYNAMIC_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (m.find()) {
				prefixes.add(m.group(1));
			}
		}
		assertThat(prefixes).containsExactlyInAnyOrder("evaluation.state.", "instrument.status.", "role.", "progress.",
				"readiness.blocker.", "stage.", "stage.short.", "review.stateHelp.", "workflow.confirm.", "workflow.action.",
				"evidence.status.", "history.field.", "interview.side.");
		for (id.spbe.evaluation.Stage s : id.spbe.evaluation.Stage.values()) {
			assertThat(keys).contains("stage." + s, "stage.short." + s);
		}
		for (EvaluationState s : EvaluationState.values()) {
			assertThat(keys).contains("review.stateHelp." + s);
		}
		for (id.spbe.evaluation.EvaluationAction a : id.spbe.evaluation.EvaluationAction.values()) {
			assertThat(keys).contains("workflow.confirm." + a, "workflow.action." + a, "workflow.done." + a);
		}
		for (id.spbe.evidence.ReviewStatus s : id.spbe.evidence.ReviewStatus.values()) {
			assertThat(keys).contains("evidence.status." + s);
		}
		for (String f : new String[] { "LEVEL", "NOTE", "RECOMMENDATION", "JUSTIFICATION" }) {
			assertThat(keys).contains("history.field." + f);
		}
		for (id.spbe.review.SessionView.Side s : id.spbe.review.SessionView.Side.values()) {
			assertThat(keys).contains("interview.side." + s, "minutes.signFor." + s, "interview.error.noAttendee." + s);
		}
		for (String metric : new String[] { "level", "justification", "evidence", "approved" }) {
			assertThat(keys).contains("progress." + metric);
		}
		for (Blocker b : Blocker.values()) {
			assertThat(keys).contains("readiness.blocker." + b);
		}
		for (EvaluationState s : EvaluationState.values()) {
			assertThat(keys).contains("evaluation.state." + s);
		}
		for (InstrumentStatus s : InstrumentStatus.values()) {
			assertThat(keys).contains("instrument.status." + s);
		}
		for (Role r : Role.values()) {
			assertThat(keys).contains("role." + r);
		}
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

	@Test
	void theCheckCatchesHardCodedText() {
		Matcher m = TEXT_NODE.matcher("<h1>Judul</h1>");
		assertThat(m.find()).isTrue();
		assertThat(m.group(1)).isEqualTo("Judul");
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
