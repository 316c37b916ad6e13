package id.spbe.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Pages and API answers carry a Content-Security-Policy, Referrer-Policy and Permissions-Policy. */
@IntegrationTest
class SecurityHeadersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void pagesCarryTheCspWithoutInlineScripts() throws Exception {
		for (String path : new String[] { "/login", "/" }) {
			mvc.perform(get(path).with(user(fixtures.login("admin"))))
					.andExpect(status().isOk())
					.andExpect(header().string("Content-Security-Policy", Matchers.allOf(
							Matchers.containsString("default-src 'self'"),
							Matchers.containsString("script-src 'self';"),
							Matchers.containsString("object-src 'none'"),
							Matchers.containsString("frame-ancestors 'self'"))))
					.andExpect(header().string("Content-Security-Policy",
							Matchers.not(Matchers.containsString("script-src 'self' 'unsafe-inline'"))))
					.andExpect(header().string("Referrer-Policy", "same-origin"))
					.andExpect(header().string("Permissions-Policy", Matchers.containsString("camera=()")))
					.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
					.andExpect(header().string("X-Content-Type-Options", "nosniff"))
					// plain HTTP: no HSTS (browsers ignore it there, and it must not pin a test host)
					.andExpect(header().doesNotExist("Strict-Transport-Security"));
		}
	}

	@Test
	void apiAnswersCarryTheStrictPolicy() throws Exception {
		mvc.perform(get("/api/instruments").with(httpBasic("admin", "demo")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
				.andExpect(header().string("Referrer-Policy", "no-referrer"))
				.andExpect(header().string("Permissions-Policy", Matchers.containsString("camera=()")));
		mvc.perform(get("/api/instruments"))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"));
	}

	@Test
	void secureRequestsGetHsts() throws Exception {
		mvc.perform(get("/login").secure(true))
				.andExpect(status().isOk())
				.andExpect(header().string("Strict-Transport-Security", Matchers.startsWith("max-age=")));
	}
}
