package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.Refusals;
import id.spbe.evidence.EvidenceStorage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The size limit is configurable; an oversize file is refused by name and leaves nothing behind. */
@SpringBootTest(properties = "spbe.evidence.max-size=64KB")
@AutoConfigureMockMvc
@Import(Fixtures.class)
class EvidenceSizeLimitTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	EvidenceStorage storage;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MessageSource messages;

	@Test
	void oversizeFileIsRefused() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		byte[] big = new byte[70 * 1024];
		byte[] pdf = TestFiles.pdf();
		System.arraycopy(pdf, 0, big, 0, pdf.length);
		long files = storage.countFiles();
		long rows = jdbc.queryForObject("select count(*) from evidence_version", Long.class);

		MvcResult page = mvc.perform(multipart("/evaluations/{id}/indicators/1/evidence/file", a.evaluationId())
				.file(new MockMultipartFile("file", "besar.pdf", "application/pdf", big)).param("levels", "1")
				.with(user(a.operator())).with(csrf())).andReturn();
		mvc.perform(multipart("/api/evaluations/{id}/indicators/1/evidence", a.evaluationId())
				.file(new MockMultipartFile("file", "besar.pdf", "application/pdf", big)).param("levels", "1")
				.with(httpBasic(a.operatorName(), "demo")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Berkas besar.pdf melebihi batas 64 KB; tidak ada yang disimpan."));

		assertThat(Refusals.messages(messages, page, "fileEvidenceForm")).singleElement().asString()
				.contains("Berkas besar.pdf melebihi batas 64 KB");
		assertThat(storage.countFiles()).isEqualTo(files);
		assertThat(jdbc.queryForObject("select count(*) from evidence_version", Long.class)).isEqualTo(rows);
	}
}
