package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.Refusals;
import id.spbe.common.RuleViolationException;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceStorage;
import id.spbe.evidence.EvidenceUploads;
import id.spbe.evidence.EvidenceView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Evidence uploads and links: every bad input gets a message and leaves nothing behind. */
@IntegrationTest
class EvidenceUploadTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	EvidenceService evidence;
	@Autowired
	EvidenceUploads uploads;
	@Autowired
	EvidenceStorage storage;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MessageSource messages;

	Fixtures.TestAgency a;

	@BeforeEach
	void agency() {
		a = fixtures.newAgency("spbe-2020");
	}

	private String state() throws IOException {
		return jdbc.queryForObject("select count(*) from evidence where evaluation_id = ?", Long.class, a.evaluationId())
				+ "/" + jdbc.queryForObject("select count(*) from evidence_version", Long.class) + "/"
				+ storage.countFiles();
	}

	/** "success: ..." for an upload taken, else the refusal's messages as the upload form shows them. */
	private String upload(MockMultipartFile file, String... levels) throws Exception {
		MvcResult result = mvc.perform(multipart("/evaluations/{id}/indicators/1/evidence/file", a.evaluationId()).file(file)
				.param("levels", levels.length == 0 ? new String[] { "1" } : levels).with(user(a.operator())).with(csrf()))
				.andReturn();
		Object success = result.getFlashMap().get("success");
		return success != null ? "success: " + success
				: String.join("\n", Refusals.messages(messages, result, "fileEvidenceForm"));
	}

	@Test
	void aPdfIsStoredUnderAGeneratedKeyWithItsNameHashAndType() throws Exception {
		byte[] pdf = TestFiles.pdf("Keputusan Wali Kota");
		String before = state();

		assertThat(upload(new MockMultipartFile("file", "kepwal.pdf", "application/pdf", pdf))).contains("success");

		EvidenceView e = evidence.list(a.operator(), a.evaluationId()).get(0);
		assertThat(e.current().originalName()).isEqualTo("kepwal.pdf");
		assertThat(e.current().mediaType()).isEqualTo("application/pdf");
		assertThat(e.current().size()).isEqualTo(pdf.length);
		assertThat(e.current().sha256()).isEqualTo(java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
		assertThat(jdbc.queryForObject("select storage_key from evidence_version ev join evidence e on e.id = ev.evidence_id "
				+ "where e.evaluation_id = ?", String.class, a.evaluationId())).matches("[0-9a-f]{2}/[0-9a-f-]{36}")
				.doesNotContain("kepwal");
		assertThat(state()).isNotEqualTo(before);
		mvc.perform(get("/evidence/{id}/content", e.id()).with(user(a.coordinator())))
				.andExpect(status().isOk()).andExpect(content().bytes(pdf))
				.andExpect(header().string("Content-Type", "application/pdf"))
				.andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"kepwal.pdf\"")));
		mvc.perform(get("/evidence/{id}/content", e.id()).param("inline", "true").with(user(a.coordinator())))
				.andExpect(header().string("Content-Disposition", containsString("inline; filename=\"kepwal.pdf\"")));
	}

	@Test
	void wrongTypeIsRefusedAndNothingStays() throws Exception {
		String before = state();
		String flash = upload(new MockMultipartFile("file", "program.exe", "application/octet-stream",
				new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 }));
		assertThat(flash).contains("Jenis berkas \"program.exe\" tidak diterima");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void typeDisguisedByItsExtensionIsRefused() throws Exception {
		String before = state();
		assertThat(upload(new MockMultipartFile("file", "laporan.pdf", "application/pdf", zip())))
				.contains("Isi berkas laporan.pdf tidak sesuai dengan ekstensi .pdf (terdeteksi application/zip)");
		assertThat(upload(new MockMultipartFile("file", "foto.png", "image/png", TestFiles.pdf())))
				.contains("tidak sesuai dengan ekstensi .png");
		assertThat(upload(new MockMultipartFile("file", "arsip.zip", "application/zip", zip()))).contains("tidak diterima");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void emptyFileIsRefused() throws Exception {
		String before = state();
		assertThat(upload(new MockMultipartFile("file", "kosong.pdf", "application/pdf", new byte[0])))
				.contains("Berkas kosong.pdf kosong.");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void pathLikeLongAndNonLatinNamesAreKeptSafely() throws Exception {
		upload(new MockMultipartFile("file", "../../etc/passwd.pdf", "application/pdf", TestFiles.pdf()));
		upload(new MockMultipartFile("file", "C:\\Users\\dinas\\surat.pdf", "application/pdf", TestFiles.pdf()));
		String longName = "a".repeat(400) + ".pdf";
		upload(new MockMultipartFile("file", longName, "application/pdf", TestFiles.pdf()));
		String unicode = "Peraturan Wali Kota 規則 المرسوم ñ.pdf";
		upload(new MockMultipartFile("file", unicode, "application/pdf", TestFiles.pdf()));

		List<String> names = evidence.list(a.operator(), a.evaluationId()).stream().map(e -> e.current().originalName()).toList();
		assertThat(names).containsExactly("passwd.pdf", "surat.pdf", "a".repeat(251) + ".pdf", unicode);
		long id = evidence.list(a.operator(), a.evaluationId()).get(3).id();
		mvc.perform(get("/api/evidence/{id}/content", id).with(httpBasic(a.operatorName(), "demo")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''Peraturan%20Wali%20Kota%20%E8%A6%8F")));
	}

	@Test
	void sameFileAgainIsRecognisedAndOfferedForReuse() throws Exception {
		byte[] pdf = TestFiles.pdf("Perwal SOP");
		upload(new MockMultipartFile("file", "perwal.pdf", "application/pdf", pdf));
		String before = state();

		MvcResult offered = mvc.perform(multipart("/evaluations/{id}/indicators/2/evidence/file", a.evaluationId())
				.file(new MockMultipartFile("file", "salinan-perwal.pdf", "application/pdf", pdf)).param("levels", "2")
				.param("title", "Salinan Perwal").with(user(a.operator())).with(csrf())).andReturn();

		assertThat(offered.getFlashMap().get("duplicateOf")).isNotNull();
		assertThat(state()).isEqualTo(before);
		// what was typed stays in the upload form beside the offer
		assertThat(Refusals.followed(mvc, offered, user(a.operator()))).contains("data-testid=\"duplicate\"")
				.containsPattern("id=\"ftitle\"[^>]*value=\"Salinan Perwal\"").containsPattern("id=\"flevel2\"[^>]*checked");
		mvc.perform(multipart("/api/evaluations/{id}/indicators/2/evidence", a.evaluationId())
				.file(new MockMultipartFile("file", "lagi.pdf", "application/pdf", pdf)).param("levels", "2")
				.with(httpBasic(a.operatorName(), "demo")))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.duplicateOf").isNumber());
	}

	@Test
	void oneEvidenceSupportsSeveralIndicatorsWithoutACopy() throws Exception {
		upload(new MockMultipartFile("file", "kepwal.pdf", "application/pdf", TestFiles.pdf()));
		long id = evidence.list(a.operator(), a.evaluationId()).get(0).id();
		String before = state();

		mvc.perform(post("/evaluations/{e}/indicators/19/evidence/reuse", a.evaluationId()).param("evidenceId", "" + id)
				.param("levels", "1", "2").with(user(a.operator())).with(csrf())).andExpect(flash().attributeExists("success"));

		assertThat(state()).isEqualTo(before);
		EvidenceView e = evidence.get(a.operator(), id);
		assertThat(e.uses()).extracting(EvidenceView.Use::indicatorNumber).containsExactlyInAnyOrder(1, 19);
	}

	@Test
	void aNewVersionKeepsTheOldAndRemovalHidesButKeepsTheFile() throws Exception {
		byte[] v1 = TestFiles.pdf("versi 1");
		upload(new MockMultipartFile("file", "sop.pdf", "application/pdf", v1));
		long id = evidence.list(a.operator(), a.evaluationId()).get(0).id();
		byte[] v2 = TestFiles.pdf("versi 2");
		mvc.perform(multipart("/evaluations/{e}/indicators/1/evidence/{x}/version", a.evaluationId(), id)
				.file(new MockMultipartFile("file", "sop-revisi.pdf", "application/pdf", v2)).with(user(a.operator()))
				.with(csrf())).andExpect(flash().attributeExists("success"));

		EvidenceView e = evidence.get(a.operator(), id);
		assertThat(e.versions()).extracting(EvidenceView.FileVersion::originalName).containsExactly("sop.pdf", "sop-revisi.pdf");
		mvc.perform(get("/evidence/{id}/content", id).param("version", "1").with(user(a.operator())))
				.andExpect(content().bytes(v1));
		mvc.perform(get("/evidence/{id}/content", id).with(user(a.operator()))).andExpect(content().bytes(v2));

		long files = storage.countFiles();
		mvc.perform(post("/evaluations/{e}/indicators/1/evidence/{x}/remove", a.evaluationId(), id).with(user(a.operator()))
				.with(csrf())).andExpect(flash().attributeExists("success"));
		assertThat(evidence.list(a.operator(), a.evaluationId())).isEmpty();
		assertThat(storage.countFiles()).isEqualTo(files);
		assertThat(jdbc.queryForObject("select hidden from evidence where id = ?", Boolean.class, id)).isTrue();
	}

	@Test
	void anInterruptedUploadLeavesNeitherRowNorFile() throws Exception {
		String before = state();
		InputStream broken = new InputStream() {
			private int sent;

			@Override
			public int read() throws IOException {
				if (sent++ > 20_000) {
					throw new IOException("connection reset by peer");
				}
				return 'x';
			}
		};

		assertThatThrownBy(() -> uploads.upload(a.operator(), a.evaluationId(), 1,
				new EvidenceUploads.FileRequest(new EvidenceUploads.Upload("besar.pdf", broken), null, List.of(1), null)))
				.isInstanceOf(RuleViolationException.class).extracting("messageKey").isEqualTo("evidence.error.interrupted");
		assertThat(state()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "ftp://files.go.id/a.pdf", "file:///etc/passwd", "www.go.id", "http://",
			"https://example.org/a\u0000b" })
	void linksThatAreNotHttpAreRefused(String url) throws Exception {
		String before = state();
		MvcResult result = mvc.perform(post("/evaluations/{id}/indicators/1/evidence/link", a.evaluationId()).param("url", url)
				.param("accessedOn", "2021-07-01").param("levels", "1").param("title", "Judul saya").with(user(a.operator()))
				.with(csrf())).andReturn();
		assertThat(Refusals.messages(messages, result, "linkForm")).singleElement().asString()
				.contains("bukan tautan http atau https");
		LinkForm kept = (LinkForm) result.getFlashMap().get("linkForm");
		assertThat(kept.getTitle()).isEqualTo("Judul saya");
		assertThat(kept.getUrl()).isEqualTo(url);
		assertThat(kept.getLevels()).containsExactly("1");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void linkNeedsAnAccessDateNotInTheFutureAndALevelOnTheScale() throws Exception {
		String before = state();
		mvc.perform(post("/api/evaluations/{id}/indicators/1/evidence", a.evaluationId()).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"url\": \"https://a.go.id\", \"levels\": [1]}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("Isi tanggal tautan diakses."));
		mvc.perform(post("/api/evaluations/{id}/indicators/1/evidence", a.evaluationId()).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"url\": \"https://a.go.id\", \"accessedOn\": \"2999-01-01\", \"levels\": [1]}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(containsString("masa depan")));
		mvc.perform(post("/api/evaluations/{id}/indicators/1/evidence", a.evaluationId()).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"url\": \"https://a.go.id\", \"accessedOn\": \"2021-01-01\", \"levels\": [6]}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("Level 6 di luar skala 1 sampai 5."));
		mvc.perform(post("/api/evaluations/{id}/indicators/1/evidence", a.evaluationId()).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"url\": \"https://a.go.id\", \"accessedOn\": \"2021-01-01\", \"levels\": []}"))
				.andExpect(status().isBadRequest());
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void levelsOutsideTheScaleAndOverlongJustificationsAreRefusedKeepingTheText() throws Exception {
		long version = 0;
		for (String level : new String[] { "6", "0", "3.5", "-1" }) {
			mvc.perform(post("/evaluations/{id}/indicators/4", a.evaluationId()).with(user(a.operator())).with(csrf())
					.param("level", level).param("justification", "Teks yang sudah diketik").param("version", "" + version))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("Indikator 4")))
					.andExpect(content().string(containsString("Teks yang sudah diketik")));
		}
		String tooLong = "x".repeat(SelfAssessmentService.MAX_JUSTIFICATION + 1);
		mvc.perform(post("/evaluations/{id}/indicators/4", a.evaluationId()).with(user(a.operator())).with(csrf())
				.param("level", "2").param("justification", tooLong).param("version", "" + version))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("paling banyak 10.000 karakter")))
				.andExpect(content().string(containsString(tooLong)));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/evaluations/{id}/indicators/4", a.evaluationId())
				.with(httpBasic(a.operatorName(), "demo")).contentType("application/json").content("{\"level\": 2.5, \"justification\": \"x\", \"version\": 0}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Indikator 4: nilai 2,5 harus berupa level bulat pada instrumen ini."));
		for (String body : new String[] { "{}", "{\"justification\": \"z\"}", "{\"level\": 2}", "{\"level\": \"2\", \"justification\": \"z\"}" }) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/evaluations/{id}/indicators/4", a.evaluationId())
					.with(httpBasic(a.operatorName(), "demo")).contentType("application/json").content(body))
					.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(containsString("\"level\"")));
		}
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/evaluations/{id}/indicators/4", a.evaluationId())
				.with(httpBasic(a.operatorName(), "demo")).contentType("application/json").content("{\"level\": 2, \"justification\": \"a\\u0000b\", \"version\": 0}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.justification").value("ab"));
		assertThat(jdbc.queryForObject("select version from indicator_assessment where evaluation_id = ? and indicator_number = 4",
				Long.class, a.evaluationId())).isEqualTo(1);
	}

	@Test
	void officeFilesAreRecognisedWhateverTheOrderOfTheirParts() throws Exception {
		byte[] poi;
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			wb.createSheet("Data").createRow(0).createCell(0).setCellValue("layanan");
			wb.write(out);
			poi = out.toByteArray();
		}
		// openpyxl and pandas write [Content_Types].xml last
		byte[] reordered = reorder(poi);

		assertThat(upload(new MockMultipartFile("file", "data layanan.xlsx", "application/octet-stream", reordered)))
				.contains("success");
		assertThat(upload(new MockMultipartFile("file", "bukan.xlsx", "application/octet-stream", zip())))
				.contains("tidak sesuai dengan ekstensi .xlsx");
	}

	@Test
	void anIdenticalNewVersionIsRefused() throws Exception {
		byte[] pdf = TestFiles.pdf("sama");
		upload(new MockMultipartFile("file", "sama.pdf", "application/pdf", pdf));
		long id = evidence.list(a.operator(), a.evaluationId()).get(0).id();

		MvcResult result = mvc.perform(multipart("/evaluations/{e}/indicators/1/evidence/{x}/version", a.evaluationId(), id)
				.file(new MockMultipartFile("file", "sama-lagi.pdf", "application/pdf", pdf)).with(user(a.operator()))
				.with(csrf())).andReturn();

		assertThat(Refusals.messages(messages, result, "evidenceItemForm")).singleElement().asString()
				.contains("sama persis dengan versi terakhir");
		assertThat(Refusals.followed(mvc, result, user(a.operator()))).contains("sama persis dengan versi terakhir");
		assertThat(evidence.get(a.operator(), id).versions()).hasSize(1);
		mvc.perform(multipart("/evaluations/{e}/indicators/2/evidence/{x}/version", a.evaluationId(), id)
				.file(new MockMultipartFile("file", "lain.pdf", "application/pdf", TestFiles.pdf())).with(user(a.operator()))
				.with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void unicodeWebAddressesAreAccepted() throws Exception {
		mvc.perform(post("/evaluations/{id}/indicators/1/evidence/link", a.evaluationId()).param("url", "https://例え.jp/パス")
				.param("accessedOn", "2021-07-01").param("levels", "1").with(user(a.operator())).with(csrf()))
				.andExpect(flash().attributeExists("success"));
	}

	@Test
	void evidenceChangesDoNotMakeAColleaguesTextSaveAConflict() throws Exception {
		long version = jdbc.queryForObject("select entry_version from indicator_assessment where evaluation_id = ? "
				+ "and indicator_number = 6", Long.class, a.evaluationId());
		mvc.perform(post("/evaluations/{id}/indicators/6/evidence/link", a.evaluationId()).param("url", "https://a.go.id")
				.param("accessedOn", "2021-07-01").param("levels", "1").with(user(a.coordinator())).with(csrf()));

		mvc.perform(post("/evaluations/{id}/indicators/6", a.evaluationId()).with(user(a.operator())).with(csrf())
				.param("level", "1").param("justification", "Teks operator").param("version", "" + version))
				.andExpect(status().is3xxRedirection());
	}

	private static byte[] reorder(byte[] zipBytes) throws IOException {
		java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		byte[] types = entries.remove("[Content_Types].xml");
		entries.put("[Content_Types].xml", types);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(out)) {
			for (var e : entries.entrySet()) {
				z.putNextEntry(new ZipEntry(e.getKey()));
				z.write(e.getValue());
			}
		}
		return out.toByteArray();
	}

	private static byte[] zip() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(out)) {
			z.putNextEntry(new ZipEntry("isi.txt"));
			z.write("isi".getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}
}
