package id.spbe.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.user.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

/**
 * The version list's files: exports download, a good file imports as a draft, and every refused
 * file (already stored, alias bomb, not a workbook, none at all) comes back to the list with its
 * problems by line or by cell, storing nothing.
 */
@IntegrationTest
class InstrumentFilePagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	InstrumentVersions versions;

	CurrentUser admin;

	@BeforeEach
	void admin() {
		admin = fixtures.login("admin");
	}

	private String exportYaml() throws Exception {
		return mvc.perform(get("/admin/instruments/spbe-2020/versions/1/export.yaml").with(user(admin)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("spbe-2020-v1.yaml")))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MvcResult upload(String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/admin/instruments/import").file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.with(user(admin)).with(csrf())).andReturn();
	}

	@SuppressWarnings("unchecked")
	private static List<String> problems(MvcResult result) {
		return (List<String>) result.getFlashMap().get("importProblems");
	}

	@Test
	void anExportedVersionImportsAsANewDraftUnderAnotherVersionNumber() throws Exception {
		String yaml = exportYaml();
		assertThat(yaml).contains("code: spbe-2020");
		int version = 9000 + (int) (System.nanoTime() % 900);
		MvcResult imported = upload("spbe.yaml", yaml.replaceFirst("(?m)^version: 1$", "version: " + version)
				.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.getResponse().getRedirectedUrl()).isEqualTo("/admin/instruments/spbe-2020/versions/" + version);
		assertThat(versions.draft(admin, "spbe-2020", version).status()).isEqualTo(InstrumentStatus.DRAFT);
		assertThat(versions.compare(admin, "spbe-2020", 1, version)).isEmpty();
		versions.delete(admin, "spbe-2020", version);

		mvc.perform(get("/admin/instruments/spbe-2020/versions/1/export.xlsx").with(user(admin)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("spbe-2020-v1.xlsx")));
	}

	@Test
	void aVersionAlreadyStoredIsRefusedAndNothingIsStored() throws Exception {
		int before = versions.versions(admin, "spbe-2020").size();
		MvcResult refused = upload("spbe.yaml", exportYaml().getBytes(StandardCharsets.UTF_8));
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/admin/instruments#import");
		BindingResult errors = (BindingResult) refused.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "importForm");
		assertThat(errors.hasGlobalErrors()).isTrue();
		assertThat(versions.versions(admin, "spbe-2020")).hasSize(before);
	}

	@Test
	void anAliasBombAndABrokenWorkbookAreRefusedWithTheirProblems() throws Exception {
		String bomb = "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
				+ "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n";
		MvcResult refusedBomb = upload("bomb.yaml", bomb.getBytes(StandardCharsets.UTF_8));
		assertThat(refusedBomb.getResponse().getRedirectedUrl()).isEqualTo("/admin/instruments#import");
		assertThat(problems(refusedBomb)).anyMatch(p -> p.contains("Anchor dan alias"));

		MvcResult notWorkbook = upload("instrumen.xlsx", "bukan buku kerja".getBytes(StandardCharsets.UTF_8));
		assertThat(problems(notWorkbook)).anyMatch(p -> p.contains("Bukan berkas instrumen") || p.contains("buku kerja"));

		mvc.perform(multipart("/admin/instruments/import").with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/admin/instruments#import"))
				.andExpect(result -> assertThat(((BindingResult) result.getFlashMap()
						.get(BindingResult.MODEL_KEY_PREFIX + "importForm")).getFieldError("file").getCode())
						.isEqualTo("instrumentEdit.error.noFile"));
	}

	@Test
	void theListShowsARefusedImportsProblems() throws Exception {
		MvcResult refused = upload("x.yaml", "code: [".getBytes(StandardCharsets.UTF_8));
		assertThat(problems(refused)).isNotEmpty().allMatch(p -> p.startsWith("Baris "));
		mvc.perform(get("/admin/instruments").with(user(admin)).flashAttrs(refused.getFlashMap()))
				.andExpect(status().isOk())
				.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("data-testid=\"import-problems\"")
						.contains("Berkas tidak diimpor"));
	}
}
