package id.spbe.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A refused form is kept for the page it returns to as a flash attribute, which lives in the
 * session, and the session in PostgreSQL (serialised): what it holds must be serialisable. A
 * browser sends an import form without a chosen file as an empty file part; the refusal must not
 * keep that upload, or the session could not be saved (a 500 instead of "choose a file").
 */
@IntegrationTest
class SessionFlashTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anImportWithoutAFileIsRefusedThroughTheStoredSession() throws Exception {
		refusedAndShown("/admin/users/import", "/admin/users", "Pilih berkas CSV.");
		refusedAndShown("/admin/instruments/import", "/admin/instruments", "Pilih berkas YAML atau Excel untuk diimpor.");
	}

	private void refusedAndShown(String route, String page, String message) throws Exception {
		MvcResult refused = mvc.perform(multipart(route)
				.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
				.with(user(fixtures.login("admin"))).with(csrf())).andReturn();
		assertThat(refused.getResponse().getStatus()).as(route).isEqualTo(302);
		assertThat(refused.getResponse().getRedirectedUrl()).startsWith(page);
		Cookie session = refused.getResponse().getCookie("SESSION");
		assertThat(session).as("the flash went into a stored session").isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes where attribute_name like '%FLASH_MAPS'"
				+ " and session_primary_id = (select primary_id from spring_session where session_id = ?)", Integer.class,
				new String(java.util.Base64.getDecoder().decode(session.getValue())))).isEqualTo(1);
		// the page after the redirect reads the refusal back from PostgreSQL
		String shown = mvc.perform(get(page).cookie(session).with(user(fixtures.login("admin")))).andReturn().getResponse()
				.getContentAsString();
		assertThat(shown).contains(message);
	}
}
