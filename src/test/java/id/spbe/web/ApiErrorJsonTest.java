package id.spbe.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** API errors are JSON {"message"} whatever the client's Accept header asks for. */
@IntegrationTest
class ApiErrorJsonTest {

	@Autowired
	MockMvc mvc;

	@Test
	void apiErrorsStayJsonForAnyAccept() throws Exception {
		for (String accept : new String[] { "text/html", "image/png", "application/xml" }) {
			mvc.perform(get("/api/nothing").accept(accept).with(httpBasic("admin", "demo")))
					.andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
					.andExpect(jsonPath("$.message").value("Alamat tidak ditemukan."));
			mvc.perform(get("/api/instruments/no-such-instrument").accept(accept).with(httpBasic("admin", "demo")))
					.andExpect(status().isNotFound()).andExpect(jsonPath("$.message").isNotEmpty());
			mvc.perform(get("/api/instruments").accept(accept))
					.andExpect(status().isUnauthorized()).andExpect(jsonPath("$.message").isNotEmpty());
		}
		mvc.perform(get("/api/instruments").accept("image/png").header("Accept-Language", "en")
				.with(httpBasic("admin", "demo")))
				.andExpect(status().isNotAcceptable()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.message").isNotEmpty());
	}
}
