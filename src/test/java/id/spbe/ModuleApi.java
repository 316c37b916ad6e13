package id.spbe;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The module table of docs/architecture.md is the contract of each feature package: its "Public
 * API" column must name exactly the package's public top-level types, so the page stays true and a
 * type made public by accident is noticed.
 */
final class ModuleApi {

	private ModuleApi() {
	}

	private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|[^|]*\\|([^|]*)\\|\\s*$");
	private static final Pattern NAME = Pattern.compile("`(\\w+)`");

	/** Checks the classes ArchUnit imported for {@link ArchitectureTest}, so they are read once per run. */
	static void check(JavaClasses classes) throws IOException {
		Map<String, Set<String>> documented = documented();
		Map<String, Set<String>> actual = actual(classes);
		assertThat(documented.keySet()).as("packages in the table").isEqualTo(actual.keySet());
		actual.forEach((pkg, types) -> assertThat(types).as("public API of " + pkg)
				.containsExactlyInAnyOrderElementsOf(documented.get(pkg)));
	}

	private static Map<String, Set<String>> documented() throws IOException {
		Map<String, Set<String>> modules = new TreeMap<>();
		for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
			Matcher row = ROW.matcher(line);
			if (row.matches()) {
				Set<String> names = new TreeSet<>();
				Matcher name = NAME.matcher(row.group(2));
				while (name.find()) {
					names.add(name.group(1));
				}
				modules.put(row.group(1), names);
			}
		}
		return modules;
	}

	/** A template of src/main/jte compiled by the build: public because jte makes it so, used by no code. */
	private static boolean generatedByJte(JavaClass c) {
		return c.getSimpleName().startsWith("Jte") && c.getSimpleName().endsWith("Generated");
	}

	private static Map<String, Set<String>> actual(JavaClasses classes) {
		Map<String, Set<String>> modules = new TreeMap<>();
		for (JavaClass c : classes) {
			String pkg = c.getPackageName();
			if (pkg.equals("id.spbe") || !pkg.startsWith("id.spbe.")) {
				continue;
			}
			String module = pkg.substring("id.spbe.".length()).split("\\.")[0];
			Set<String> types = modules.computeIfAbsent(module, m -> new TreeSet<>());
			if (c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC) && !generatedByJte(c)) {
				types.add(c.getSimpleName());
			}
		}
		return modules.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
				(a, b) -> a, TreeMap::new));
	}
}
