package id.spbe.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.spbe.common.RuleViolationException;
import id.spbe.selfassessment.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The type check on its own: the hostile corpus, the bombs, and valid files of every accepted type. */
class FileTypePolicyTest {

	private static final long TEN_MB = 10L * 1024 * 1024;
	private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

	@TempDir
	Path dir;

	private final FileTypePolicy policy = new FileTypePolicy();

	static Stream<String> corpus() {
		return HostileCorpus.EXPECTED.keySet().stream();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void everyHostileFileIsRefusedWithItsMessage(String name) throws IOException {
		RuleViolationException e = refused(() -> check(name, HostileCorpus.bytes(name)));
		assertThat(e.getMessageKey()).isEqualTo(HostileCorpus.EXPECTED.get(name));
		assertThat(e.getArguments()[0]).isEqualTo(name);
		try (Stream<Path> left = Files.list(dir)) {
			assertThat(left).as("copies of embedded objects are deleted").hasSize(1);
		}
	}

	@Test
	void everyFileOfTheCorpusHasItsExpectedRefusal() throws Exception {
		Path folder = Path.of(getClass().getResource("/hostile/README.md").toURI()).getParent();
		try (Stream<Path> files = Files.list(folder)) {
			Set<String> names = files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("README.md"))
					.collect(Collectors.toSet());
			assertThat(names).containsExactlyInAnyOrderElementsOf(HostileCorpus.EXPECTED.keySet());
		}
		String readme = new String(HostileCorpus.bytes("README.md"), StandardCharsets.UTF_8);
		assertThat(HostileCorpus.EXPECTED.keySet()).allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
	}

	@Test
	void theBombIsRefusedBeforeAnythingIsInflated() throws IOException {
		ReadBudget budget = ReadBudget.standard("laporan.docx");
		RuleViolationException e = refused(() -> check("laporan.docx", HostileCorpus.bomb(), budget));

		assertThat(e.getMessageKey()).isEqualTo("evidence.error.unpackLimit");
		assertThat(budget.inflated()).isLessThan(TEN_MB);
	}

	@Test
	void aPartInflatingBeyondItsDeclaredSizeIsCutOffThere() throws IOException {
		ReadBudget budget = ReadBudget.standard("lying-sizes.docx");
		RuleViolationException e = refused(() -> check("lying-sizes.docx", HostileCorpus.bytes("lying-sizes.docx"), budget));

		assertThat(e.getMessageKey()).isEqualTo("evidence.error.unpackLimit");
		// the part declares 2,000 bytes and inflates to 10 MB: reading stops one byte after the declared size
		assertThat(budget.inflated()).isEqualTo(2_001);
	}

	@Test
	void aPackageWithTooManyPartsIsRefusedFromItsDirectory() throws IOException {
		Path file = dir.resolve("banyak.docx");
		HostileCorpus.manyParts(file);
		ReadBudget budget = ReadBudget.standard("banyak.docx");

		assertThat(refused(() -> policy.check("banyak.docx", pending(file), budget)).getMessageKey())
				.isEqualTo("evidence.error.unpackLimit");
		assertThat(budget.inflated()).isZero();
	}

	@Test
	void inflatedObjectStreamsOfAPdfCountOnTheBudgetAndTimeIsBounded() throws IOException {
		byte[] pdf = ValidFiles.objectStreamPdf("<< /Type /Catalog /Pages 2 0 R >>");
		ReadBudget small = new ReadBudget("kecil.pdf", 10, ReadBudget.MAX_TIME);
		assertThat(refused(() -> check("kecil.pdf", pdf, small)).getMessageKey()).isEqualTo("evidence.error.unpackLimit");

		ReadBudget late = new ReadBudget("lambat.pdf", ReadBudget.MAX_INFLATED, Duration.ZERO);
		assertThat(refused(() -> check("lambat.pdf", TestFiles.pdf("lambat"), late)).getMessageKey())
				.isEqualTo("evidence.error.checkTimeout");
	}

	@Test
	void validFilesOfEveryTypeAreAccepted() throws Exception {
		assertThat(check("sk.docx", ValidFiles.docx())).isEqualTo(OOXML + "wordprocessingml.document");
		assertThat(check("data.xlsx", ValidFiles.xlsx())).isEqualTo(OOXML + "spreadsheetml.sheet");
		assertThat(check("paparan.pptx", ValidFiles.pptx())).isEqualTo(OOXML + "presentationml.presentation");
		assertThat(check("data.xls", ValidFiles.xls())).isEqualTo("application/vnd.ms-excel");
		assertThat(check("sk.doc", ValidFiles.ole("WordDocument", new byte[12]))).isEqualTo("application/msword");
		assertThat(check("paparan.ppt", ValidFiles.ole("PowerPoint Document", new byte[8])))
				.isEqualTo("application/vnd.ms-powerpoint");
		for (String kind : new String[] { "text", "spreadsheet", "presentation" }) {
			String ext = "od" + kind.charAt(0);
			assertThat(check("bukti." + ext, ValidFiles.openDocument("application/vnd.oasis.opendocument." + kind)))
					.isEqualTo("application/vnd.oasis.opendocument." + kind);
		}
		// the words are text in a compressed page, not actions
		assertThat(check("sk.pdf", TestFiles.pdf("Tanpa JavaScript atau /Launch"))).isEqualTo("application/pdf");
		assertThat(check("objek.pdf", ValidFiles.objectStreamPdf("<< /Type /Catalog /Pages 2 0 R >>")))
				.isEqualTo("application/pdf");
		// some writers declare the main part's type for every .xml part rather than in an Override
		assertThat(check("umum.docx", ValidFiles.zip("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/"
				+ "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-"
				+ "officedocument.wordprocessingml.document.main+xml\"/></Types>", "word/document.xml", "<w:document/>")))
				.isEqualTo(OOXML + "wordprocessingml.document");
		assertThat(check("foto.png", ValidFiles.image("png"))).isEqualTo("image/png");
		assertThat(check("foto.jpg", ValidFiles.image("jpeg"))).isEqualTo("image/jpeg");
		assertThat(check("catatan.txt", "Catatan rapat".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
		assertThat(check("data.csv", "no;layanan\n1;perizinan\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/csv");
	}

	@Test
	void theSpecificTypeMustMatchTheExtension() throws Exception {
		RuleViolationException doc = refused(() -> check("sk.docx", ValidFiles.ole("WordDocument", new byte[12])));
		assertThat(doc.getMessageKey()).isEqualTo("evidence.error.disguised");
		assertThat(doc.getArguments()[2]).isEqualTo("application/msword");
		// an installer or any other OLE2 file is not a Word document
		assertThat(refused(() -> check("setup.doc", ValidFiles.ole("SummaryInformation", new byte[8]))).getArguments()[2])
				.isEqualTo("application/x-tika-msoffice");
		assertThat(refused(() -> check("data.xlsx", ValidFiles.docx())).getArguments()[2])
				.isEqualTo(OOXML + "wordprocessingml.document");
		assertThat(refused(() -> check("paparan.odp", ValidFiles.openDocument("application/vnd.oasis.opendocument.text")))
				.getMessageKey()).isEqualTo("evidence.error.disguised");
		assertThat(refused(() -> check("arsip.docx", ValidFiles.zip("isi.txt", "isi"))).getArguments()[2])
				.isEqualTo("application/zip");
	}

	@Test
	void anEncryptedLegacyWordDocumentGetsThePasswordMessage() throws Exception {
		byte[] fib = new byte[12];
		fib[11] = 0x01; // fEncrypted, bit 8 of the FIB flags at offset 10
		assertThat(refused(() -> check("rahasia.doc", ValidFiles.ole("WordDocument", fib))).getMessageKey())
				.isEqualTo("evidence.error.protected");
	}

	private String check(String name, byte[] content) throws IOException {
		return check(name, content, ReadBudget.standard(name));
	}

	private String check(String name, byte[] content, ReadBudget budget) throws IOException {
		Path file = dir.resolve("upload.part");
		Files.write(file, content);
		return policy.check(name, pending(file), budget);
	}

	private static PendingFile pending(Path file) throws IOException {
		return new PendingFile(file, Files.size(file), "-");
	}

	private static RuleViolationException refused(Executable check) {
		RuleViolationException e = assertThrows(RuleViolationException.class, check);
		assertThat(e.getKind()).isEqualTo(RuleViolationException.Kind.BAD_INPUT);
		return e;
	}
}
