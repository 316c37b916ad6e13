package id.spbe.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.Refusals;
import id.spbe.selfassessment.TestFiles;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

/** Every hostile file uploaded for real: refused with its own message, leaving neither a row nor a file. */
@IntegrationTest
class HostileUploadTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	EvidenceService evidence;
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

	static Stream<String> corpus() {
		return HostileCorpus.EXPECTED.keySet().stream();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void eachHostileFileIsRefusedAndNothingIsKept(String name) throws Exception {
		String before = state();

		MvcResult result = upload(name, HostileCorpus.bytes(name));

		assertThat(refusal(result)).isEqualTo(HostileCorpus.EXPECTED.get(name));
		assertThat(Refusals.messages(messages, result, "fileEvidenceForm")).singleElement().asString().contains(name);
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void theBombIsRefusedAndNothingIsKept() throws Exception {
		String before = state();

		MvcResult result = upload("laporan.docx", HostileCorpus.bomb());

		assertThat(refusal(result)).isEqualTo("evidence.error.unpackLimit");
		assertThat(Refusals.messages(messages, result, "fileEvidenceForm")).singleElement().asString()
				.contains("laporan.docx", "100 MB", "5.000");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void theApiAnswersAPasswordProtectedFileWithItsOwnMessage() throws Exception {
		mvc.perform(multipart("/api/evaluations/{id}/indicators/1/evidence", a.evaluationId())
				.file(new MockMultipartFile("file", "protected.docx", "application/octet-stream",
						HostileCorpus.bytes("protected.docx")))
				.param("levels", "1").header("Accept-Language", "en").with(httpBasic(a.operatorName(), "demo")))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message")
						.value("File protected.docx is protected by a password; upload it without a password."));
	}

	@Test
	void aHostileNewVersionIsRefusedAndTheOldOneStays() throws Exception {
		upload("sk.pdf", TestFiles.pdf("Surat keputusan"));
		long id = evidence.list(a.operator(), a.evaluationId()).get(0).id();
		String before = state();

		MvcResult result = mvc.perform(multipart("/evaluations/{e}/indicators/1/evidence/{x}/version", a.evaluationId(), id)
				.file(new MockMultipartFile("file", "javascript.pdf", "application/pdf", HostileCorpus.bytes("javascript.pdf")))
				.with(user(a.operator())).with(csrf())).andReturn();

		assertThat(Refusals.of(result, "evidenceItemForm").getGlobalError().getCode()).isEqualTo("evidence.error.pdfActive");
		assertThat(evidence.get(a.operator(), id).versions()).hasSize(1);
		assertThat(state()).isEqualTo(before);
	}

	private MvcResult upload(String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/evaluations/{id}/indicators/1/evidence/file", a.evaluationId())
				.file(new MockMultipartFile("file", name, "application/octet-stream", content)).param("levels", "1")
				.with(user(a.operator())).with(csrf())).andReturn();
	}

	private static String refusal(MvcResult result) {
		BindingResult errors = Refusals.of(result, "fileEvidenceForm");
		return errors == null || errors.getGlobalError() == null ? "accepted" : errors.getGlobalError().getCode();
	}

	// rows of this evaluation, versions of all, and every file under the evidence directory (the
	// received files in .incoming and copies of embedded objects included)
	private String state() throws IOException {
		return jdbc.queryForObject("select count(*) from evidence where evaluation_id = ?", Long.class, a.evaluationId())
				+ "/" + jdbc.queryForObject("select count(*) from evidence_version", Long.class) + "/" + storage.countFiles();
	}
}
