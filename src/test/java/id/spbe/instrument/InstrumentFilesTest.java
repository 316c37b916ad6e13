package id.spbe.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.user.CurrentUser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/**
 * YAML and Excel export and import: round trips of both bundled instruments, and every refused
 * file (malformed, not UTF-8, too large, alias bomb, rule broken, version already stored, bad
 * workbook row, not a workbook) leaves the stored versions as they were.
 */
@IntegrationTest
class InstrumentFilesTest {

	@Autowired
	InstrumentVersions versions;
	@Autowired
	InstrumentVersionFiles files;
	@Autowired
	Fixtures fixtures;

	CurrentUser admin() {
		return fixtures.login("admin");
	}

	int nextVersion(String code) {
		return versions.versions(admin(), code).get(0).version() + 1;
	}

	@Test
	void bothBundledInstrumentsSurviveAYamlRoundTripUnderANewVersion() {
		for (String code : List.of("spbe-2020", "pemdi-2026")) {
			String yaml = files.exportYaml(admin(), code, 1);
			// the export is the bundled format: the start-up reader accepts it as it is
			InstrumentDefinition asBundled = InstrumentFileReader.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
				@Override
				public String getFilename() {
					return code + ".yaml";
				}
			}).definition();
			assertThat(InstrumentComparison.compare(versions.tree(admin(), code, 1), asBundled)).isEmpty();
			int next = nextVersion(code);

			InstrumentVersions.VersionKey key = files.importYaml(admin(),
					yaml.replaceFirst("(?m)^version: 1$", "version: " + next).getBytes(StandardCharsets.UTF_8));

			assertThat(key).isEqualTo(new InstrumentVersions.VersionKey(code, next, InstrumentStatus.DRAFT));
			InstrumentDefinition imported = versions.tree(admin(), code, next);
			assertThat(InstrumentComparison.compare(versions.tree(admin(), code, 1), imported)).as(code).isEmpty();
			assertThat(InstrumentDocuments.contentChecksum(imported))
					.isEqualTo(InstrumentDocuments.contentChecksum(versions.tree(admin(), code, 1)));
			assertThat(files.exportYaml(admin(), code, next).replace("version: " + next, "version: 1")
					.replace("status: DRAFT", "status: PUBLISHED")).isEqualTo(yaml);
			versions.delete(admin(), code, next);
		}
	}

	@Test
	void bothBundledInstrumentsSurviveAnExcelRoundTrip() throws Exception {
		for (String code : List.of("spbe-2020", "pemdi-2026")) {
			int next = nextVersion(code);
			byte[] workbook = edit(files.exportXlsx(admin(), code, 1), wb -> versionRow(wb).getCell(1).setCellValue(next));

			files.importXlsx(admin(), workbook);

			InstrumentDefinition imported = versions.tree(admin(), code, next);
			assertThat(InstrumentComparison.compare(versions.tree(admin(), code, 1), imported)).as(code).isEmpty();
			assertThat(InstrumentDocuments.contentChecksum(imported))
					.isEqualTo(InstrumentDocuments.contentChecksum(versions.tree(admin(), code, 1)));
			versions.delete(admin(), code, next);
		}
	}

	@Test
	void anExcelFileWithABadRowIsRefusedWholeWithSheetRowAndColumn() throws Exception {
		int before = versions.versions(admin(), "pemdi-2026").size();
		int next = nextVersion("pemdi-2026");
		byte[] workbook = edit(files.exportXlsx(admin(), "pemdi-2026", 1), wb -> {
			versionRow(wb).getCell(1).setCellValue(next);
			wb.getSheet(InstrumentWorkbook.INDICATORS).getRow(3).getCell(4).setCellValue("lima");
			wb.getSheet(InstrumentWorkbook.ITEMS).getRow(2).getCell(0).setCellValue(99);
		});

		assertThatThrownBy(() -> files.importXlsx(admin(), workbook)).isInstanceOfSatisfying(InstrumentImportException.class,
				e -> assertThat(e.problems()).containsExactlyInAnyOrder(
						ImportProblem.atCell("indicators", 4, "E", "instrument.import.notNumber", "lima"),
						ImportProblem.atCell("evidence items", 3, "A", "instrument.import.unknownParent", "99")));
		assertThat(versions.versions(admin(), "pemdi-2026")).hasSize(before);
	}

	@Test
	void aFileThatIsNoWorkbookIsRefused() {
		assertThatThrownBy(() -> files.importXlsx(admin(), "code: x".getBytes(StandardCharsets.UTF_8)))
				.isInstanceOfSatisfying(InstrumentImportException.class,
						e -> assertThat(e.problems()).extracting(ImportProblem::key).containsExactly("instrument.import.notWorkbook"));
	}

	@Test
	void refusedYamlFilesSayWhyByLineAndStoreNothing() {
		String yaml = files.exportYaml(admin(), "spbe-2020", 1);
		int before = versions.versions(admin(), "spbe-2020").size();
		int next = nextVersion("spbe-2020");
		String renumbered = yaml.replaceFirst("(?m)^version: 1$", "version: " + next);

		assertRefused(yaml.getBytes(StandardCharsets.UTF_8), "instrument.error.exists", null);
		assertRefused("code: x\nname: [unclosed\n".getBytes(StandardCharsets.UTF_8), "instrument.import.malformed", 3);
		// Jackson reports an unknown key of an indicator at the end of that indicator, naming the key
		int typo = lineOf(renumbered, "weight: 1.3");
		assertThatThrownBy(() -> files.importYaml(admin(), renumbered.replaceFirst("(?m)^(\\s+)weight: 1.3$", "$1wieght: 1.3")
				.getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(InstrumentImportException.class, e -> {
					assertThat(e.problems()).singleElement().satisfies(p -> {
						assertThat(p.key()).isEqualTo("instrument.import.malformed");
						assertThat(p.args().get(0)).contains("wieght");
						assertThat(p.line()).isBetween(typo, lineOf(renumbered, "number: 3"));
					});
				});
		assertRefused("code: spbe\nname:\n  id: Evaluasi \u00e9\n".getBytes(StandardCharsets.ISO_8859_1), "instrument.import.notUtf8", 3);
		assertRefused(new byte[2 * 1024 * 1024 + 1], "instrument.import.tooLarge", null);
		assertThatThrownBy(() -> files.importYaml(admin(),
				renumbered.replaceFirst("(?m)^(\\s+)weight: 1.3$", "$1weight: 1.4").getBytes(StandardCharsets.UTF_8)))
				.isInstanceOfSatisfying(InstrumentImportException.class, e -> assertThat(e.problems())
						.extracting(ImportProblem::key).contains("instrument.rule.weightsSum", "instrument.rule.parentWeight"));
		assertThat(versions.versions(admin(), "spbe-2020")).hasSize(before);
	}

	@Test
	void anAliasBombIsRefusedAtItsFirstAliasWithoutExpandingIt() {
		StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
		for (char c = 'b'; c <= 'z'; c++) {
			char p = (char) (c - 1);
			bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
					.append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
					.append(p).append(",*").append(p).append("]\n");
		}
		// 9^26 strings if expanded; refused at the anchor on line 1 before any alias is followed
		assertRefused(bomb.toString().getBytes(StandardCharsets.UTF_8), "instrument.import.alias", 1);
		assertRefused("code: x\nname: *n\n".getBytes(StandardCharsets.UTF_8), "instrument.import.alias", 2);
	}

	private void assertRefused(byte[] file, String key, Integer line) {
		assertThatThrownBy(() -> files.importYaml(admin(), file)).isInstanceOfSatisfying(InstrumentImportException.class, e -> {
			assertThat(e.problems()).extracting(ImportProblem::key).containsExactly(key);
			assertThat(e.problems().get(0).line()).isEqualTo(line);
		});
	}

	private static int lineOf(String text, String fragment) {
		return text.substring(0, text.indexOf(fragment)).split("\n", -1).length;
	}

	private static Row versionRow(XSSFWorkbook wb) {
		return wb.getSheet(InstrumentWorkbook.INSTRUMENT).getRow(2);
	}

	private static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(wb);
			wb.write(out);
			return out.toByteArray();
		}
	}
}
