package id.spbe.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded CSV reader: rows with their line numbers, every structural problem at once, bounds before parsing. */
class CsvTest {

	private static final Csv.Spec SPEC = Csv.Spec.of(List.of("name", "type"), List.of("province"));

	private static List<Csv.Row> read(String text) {
		return Csv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SPEC);
	}

	private static CsvImportException refused(String text, Csv.Spec spec) {
		Throwable t = org.assertj.core.api.Assertions.catchThrowable(
				() -> Csv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), spec));
		assertThat(t).isInstanceOf(CsvImportException.class);
		return (CsvImportException) t;
	}

	@Test
	void rowsCarryTheirLineAndCleanedCells() {
		List<Csv.Row> rows = read("\uFEFFName , TYPE\n\"Kota  Bandung\",KOTA\n\n\"Kabupaten\nBogor\",KABUPATEN\nx,\n");
		assertThat(rows).extracting(Csv.Row::line).containsExactly(2, 4, 6);
		assertThat(rows.get(0).get("name")).isEqualTo("Kota Bandung");
		assertThat(rows.get(1).get("name")).isEqualTo("Kabupaten Bogor");
		assertThat(rows.get(2).get("type")).isNull();
		Csv.Problems problems = new Csv.Problems();
		assertThat(rows.get(2).required("type", problems)).isNull();
		assertThat(rows.get(2).required("name", problems)).isEqualTo("x");
		assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(CsvImportException.class,
				e -> assertThat(e.problems()).singleElement().satisfies(p -> {
					assertThat(p.line()).isEqualTo(6);
					assertThat(p.column()).isEqualTo("type");
					assertThat(p.key()).isEqualTo("csv.error.required");
				}));
		assertThat(rows.get(0).get("province")).isNull();
	}

	@Test
	void aSemicolonHeaderMeansSemicolons() {
		assertThat(read("name;type\nKota Bandung;KOTA\n").get(0).get("type")).isEqualTo("KOTA");
	}

	@Test
	void headerProblemsAreAllReportedOnLineOne() {
		CsvImportException e = refused("name,kind,name\nA,B,C\n", SPEC);
		assertThat(e.problems()).extracting(Csv.Problem::line).containsOnly(1);
		assertThat(e.problems()).extracting(Csv.Problem::key)
				.containsExactly("csv.error.unknownColumn", "csv.error.repeatedColumn", "csv.error.missingColumn");
		assertThat(e.getMessageKey()).isEqualTo("csv.error.rejected");
		assertThat(e.total()).isEqualTo(3);
	}

	@Test
	void aWrongCellCountAndAnUnclosedQuoteNameTheirLine() {
		assertThat(refused("name,type\nA,B,C\n", SPEC).problems())
				.singleElement().satisfies(p -> {
					assertThat(p.line()).isEqualTo(2);
					assertThat(p.key()).isEqualTo("csv.error.cellCount");
				});
		assertThat(refused("name,type\nA,B\n\"C,D\nE,F\n", SPEC).problems()).extracting(Csv.Problem::key)
				.containsExactly("csv.error.malformed");
	}

	@Test
	void boundsComeBeforeParsing() {
		Csv.Spec small = new Csv.Spec(List.of("name"), List.of(), new Csv.Limits(20, 2, 5));
		assertThat(refused("name\n" + "x".repeat(100), small).problems()).extracting(Csv.Problem::key)
				.containsExactly("csv.error.tooLarge");
		assertThat(refused("name\na\nb\nc\n", small).problems()).extracting(Csv.Problem::key)
				.containsExactly("csv.error.tooManyRows");
		assertThat(refused("name\nabcdef\n", small).problems()).singleElement()
				.satisfies(p -> assertThat(p.column()).isEqualTo("name"));
		assertThat(refused("", SPEC).problems()).extracting(Csv.Problem::key).containsExactly("csv.error.empty");
	}

	@Test
	void notUtf8IsRefused() {
		byte[] latin1 = "name,type\nBanda Aceh\u00e9,KOTA\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> Csv.read(new ByteArrayInputStream(latin1), SPEC))
				.isInstanceOfSatisfying(CsvImportException.class,
						e -> assertThat(e.problems()).extracting(Csv.Problem::key).containsExactly("csv.error.encoding"));
	}

	@Test
	void problemsCollectUpToAHundredButCountAll() {
		Csv.Problems problems = new Csv.Problems();
		for (int i = 0; i < 150; i++) {
			problems.add(i + 2, "name", "csv.error.required");
		}
		assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(CsvImportException.class, e -> {
			assertThat(e.problems()).hasSize(100);
			assertThat(e.total()).isEqualTo(150);
		});
		new Csv.Problems().throwIfAny();
	}

	@Test
	void exportsDefuseFormulasAndQuote() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Csv.write(out, List.of("name", "code"), List.of(List.of("=HYPERLINK(\"x\")", "11.01"), java.util.Arrays.asList("A, B", null)));
		assertThat(out.toString(StandardCharsets.UTF_8))
				.isEqualTo("\uFEFFname,code\r\n\"'=HYPERLINK(\"\"x\"\")\",11.01\r\n\"A, B\",\r\n");
	}
}
