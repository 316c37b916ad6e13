package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.Refusals;
import id.spbe.common.RuleViolationException;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceStorage;
import id.spbe.evidence.EvidenceUploads;
import id.spbe.evidence.EvidenceView;
import id.spbe.evidence.S3TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The application with its evidence on object storage (a real S3 server, S3Proxy): upload, new
 * version and download through pages and API, a file large enough for a multipart upload, and
 * the failures (a stream breaking off, the store not answering) leaving no object and no row
 * with a clear message. Its own context (closed afterwards) on its own embedded database: its
 * evidence rows point at objects only this test's store holds, which a backup of the shared test
 * database (BackupRestoreTest) would look for in the file system and not find.
 */
@SpringBootTest(properties = { "spbe.storage.s3.part-size=5MB", "spbe.data-dir=target/test-data-s3" })
@AutoConfigureMockMvc
@Import(Fixtures.class)
@DirtiesContext
class S3EvidenceUploadTest {

	static final S3TestServer S3 = S3TestServer.start();

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		S3.register(registry);
	}

	@AfterAll
	static void closeStore() {
		S3.close();
	}

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
	HealthIndicator evidenceStorageHealthIndicator;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MessageSource messages;

	Fixtures.TestAgency a;

	@BeforeEach
	void agency() {
		S3.restart();
		a = fixtures.newAgency("spbe-2020");
	}

	@AfterEach
	void storeBack() {
		S3.restart();
	}

	/** Rows of this evaluation's evidence, all file versions, objects in the bucket. */
	private String state() {
		return jdbc.queryForObject("select count(*) from evidence where evaluation_id = ?", Long.class, a.evaluationId())
				+ "/" + jdbc.queryForObject("select count(*) from evidence_version", Long.class) + "/"
				+ S3.keys().size();
	}

	private List<String> keys(long evidenceId) {
		return jdbc.queryForList("select storage_key from evidence_version where evidence_id = ? order by version_no",
				String.class, evidenceId);
	}

	private MvcResult upload(MockMultipartFile file) throws Exception {
		return mvc.perform(multipart("/evaluations/{id}/indicators/1/evidence/file", a.evaluationId()).file(file)
				.param("levels", "1").with(user(a.operator())).with(csrf())).andReturn();
	}

	@Test
	void theStorageIsTheObjectStore() throws Exception {
		assertThat(storage.getClass().getSimpleName()).isEqualTo("S3EvidenceStorage");
		assertThat(storage.check()).contains(S3.endpoint());
		assertThat(evidenceStorageHealthIndicator.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void uploadNewVersionAndDownloadGoThroughTheBucket() throws Exception {
		byte[] v1 = TestFiles.pdf("SOP versi 1");
		assertThat(upload(new MockMultipartFile("file", "sop.pdf", "application/pdf", v1)).getFlashMap().get("success")).isNotNull();
		long id = evidence.list(a.operator(), a.evaluationId()).get(0).id();
		byte[] v2 = TestFiles.pdf("SOP versi 2");
		mvc.perform(multipart("/evaluations/{e}/indicators/1/evidence/{x}/version", a.evaluationId(), id)
				.file(new MockMultipartFile("file", "sop-revisi.pdf", "application/pdf", v2)).with(user(a.operator()))
				.with(csrf())).andExpect(flash().attributeExists("success"));

		List<String> keys = keys(id);
		assertThat(keys).hasSize(2).doesNotHaveDuplicates();
		assertThat(S3.keys()).containsAll(keys);
		assertThat(S3.client().getObjectAsBytes(b -> b.bucket(S3TestServer.BUCKET).key(keys.get(0))).asByteArray())
				.isEqualTo(v1);
		mvc.perform(get("/evidence/{id}/content", id).param("version", "1").with(user(a.coordinator())))
				.andExpect(status().isOk()).andExpect(content().bytes(v1));
		mvc.perform(get("/evidence/{id}/content", id).with(user(a.coordinator()))).andExpect(content().bytes(v2));
		assertThat(evidence.get(a.operator(), id).versions()).extracting(EvidenceView.FileVersion::originalName)
				.containsExactly("sop.pdf", "sop-revisi.pdf");
	}

	@Test
	void aLargeFileGoesUpInPartsThroughTheApi() throws Exception {
		byte[] csv = new byte[11 * 1024 * 1024];
		Arrays.fill(csv, (byte) 'a');
		for (int i = 99; i < csv.length; i += 100) {
			csv[i] = '\n';
		}
		MvcResult created = mvc.perform(multipart("/api/evaluations/{id}/indicators/1/evidence", a.evaluationId())
				.file(new MockMultipartFile("file", "data.csv", "text/csv", csv)).param("levels", "1")
				.with(httpBasic(a.operatorName(), "demo"))).andExpect(status().isCreated()).andReturn();
		long id = Long.parseLong(created.getResponse().getContentAsString().replaceAll("\\D", ""));

		assertThat(S3.keys()).containsAll(keys(id));
		assertThat(S3.unfinishedUploads()).isEmpty();
		mvc.perform(get("/api/evidence/{id}/content", id).with(httpBasic(a.operatorName(), "demo")))
				.andExpect(status().isOk()).andExpect(content().bytes(csv));
	}

	@Test
	void anInterruptedUploadLeavesNeitherRowNorObject() {
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

	@Test
	void aStoreThatDoesNotAnswerGetsAClearMessageAndNothingIsStored() throws Exception {
		byte[] pdf = TestFiles.pdf("Perbup");
		upload(new MockMultipartFile("file", "perbup.pdf", "application/pdf", pdf));
		long stored = evidence.list(a.operator(), a.evaluationId()).get(0).id();
		String before = state();

		S3.stop();

		MvcResult page = upload(new MockMultipartFile("file", "kepwal.pdf", "application/pdf", TestFiles.pdf("Kepwal")));
		assertThat(Refusals.messages(messages, page, "fileEvidenceForm"))
				.containsExactly("Penyimpanan bukti dukung sedang tidak dapat dihubungi; berkas belum disimpan dan tidak ada "
						+ "yang berubah. Silakan unggah lagi beberapa saat lagi.");
		mvc.perform(multipart("/api/evaluations/{id}/indicators/1/evidence", a.evaluationId())
				.file(new MockMultipartFile("file", "kepwal.pdf", "application/pdf", TestFiles.pdf("Kepwal API")))
				.param("levels", "1").header("Accept-Language", "en").with(httpBasic(a.operatorName(), "demo")))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.message").value("The evidence store cannot be reached right now; the file was not "
						+ "stored and nothing was changed. Please upload it again in a few moments."));
		mvc.perform(get("/api/evidence/{id}/content", stored).header("Accept-Language", "en")
				.with(httpBasic(a.operatorName(), "demo"))).andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.message").value("The evidence store cannot be reached right now, so the file cannot "
						+ "be opened. Please try again in a few moments."));
		assertThat(evidenceStorageHealthIndicator.health().getStatus()).isEqualTo(Status.DOWN);

		S3.restart();
		assertThat(state()).isEqualTo(before);
		assertThat(evidence.list(a.operator(), a.evaluationId())).extracting(EvidenceView::id).containsExactly(stored);
		assertThat(evidenceStorageHealthIndicator.health().getStatus()).isEqualTo(Status.UP);
		mvc.perform(get("/evidence/{id}/content", stored).with(user(a.coordinator()))).andExpect(content().bytes(pdf));
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}
}
