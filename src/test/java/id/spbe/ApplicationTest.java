package id.spbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The whole application on embedded PostgreSQL in demo mode: migrations, loading, security, pages. */
@IntegrationTest
class ApplicationTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	UserDetailsService users;

	@Test
	void everyMigrationRanOnPostgresql() {
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
				.isEqualTo(jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class))
				.isGreaterThanOrEqualTo(2);
	}

	@Test
	void bothBundledInstrumentsAreLoadedOnce() {
		assertThat(jdbc.queryForList("select code from instrument order by code", String.class))
				.containsExactly("pemdi-2026", "spbe-2020");
		assertThat(jdbc.queryForObject("select count(*) from indicator", Integer.class)).isEqualTo(67);
		assertThat(jdbc.queryForObject("select count(*) from evidence_item", Integer.class)).isEqualTo(232);
	}

	@Test
	void demoModeSeedsTheReferenceScenario() {
		assertThat(jdbc.queryForObject(
				"select count(*) from evaluation e join agency a on a.id = e.agency_id join evaluation_period p on p.id = e.period_id "
						+ "join instrument i on i.id = p.instrument_id where a.name = 'Pemerintah Kota Pangkalpinang' "
						+ "and a.type = 'KOTA' and p.name = 'Evaluasi SPBE 2021' and i.code = 'spbe-2020'", Integer.class))
				.isEqualTo(1);
		assertThat(jdbc.queryForList("select username from user_account order by username", String.class))
				.contains("admin", "asesor", "koordinator", "operator");
		assertThat(jdbc.queryForObject("select password_hash from user_account where username = 'admin'", String.class))
				.startsWith("{bcrypt}");
		// the demo's own workflow steps are in the outbox as kept for the demo addresses, not skipped
		assertThat(jdbc.queryForObject("select count(*) from mail_outbox where status = 'KEPT' and recipient = 'koordinator2@demo.spbe.invalid'",
				Integer.class)).isPositive();
	}

	@Test
	void anonymousPageRequestsAreSentToLogin() throws Exception {
		mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/instruments/spbe-2020")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("_csrf")));
	}

	@Test
	void demoAccountsSignInWithPasswordDemo() throws Exception {
		for (String name : new String[] { "admin", "koordinator", "operator", "asesor" }) {
			mvc.perform(formLogin().user(name).password("demo")).andExpect(redirectedUrl("/"));
		}
		mvc.perform(formLogin().user("admin").password("wrong")).andExpect(redirectedUrl("/login?error"));
	}

	@Autowired
	id.spbe.user.UserAccounts accounts;

	@Test
	void fiveWrongPasswordsLockTheLoginForAWhile() throws Exception {
		String name = "tebak" + java.util.UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(name, "benar-sekali", "Uji kunci", id.spbe.user.Role.ASSESSOR, null);
		// from an address of its own, so the per-address count of other tests is not touched
		org.springframework.test.web.servlet.request.RequestPostProcessor attacker = request -> {
			request.setRemoteAddr("10.66.0.1");
			return request;
		};
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", name).param("password", "salah" + i).with(csrf()).with(attacker)).andExpect(redirectedUrl("/login?error"));
		}
		// locked for the address that got it wrong, with the same answer as a wrong password
		mvc.perform(post("/login").param("username", name).param("password", "benar-sekali").with(csrf()).with(attacker)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/instruments").with(httpBasic(name, "benar-sekali")).with(attacker))
				.andExpect(status().isUnauthorized());
	}

	@Test
	void wrongRoleGets403() throws Exception {
		mvc.perform(get("/admin/users").with(user(users.loadUserByUsername("operator")))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(user(users.loadUserByUsername("asesor")))).andExpect(status().isForbidden());
		// searched: other tests of the shared context add users that can push the demo ones off the first page
		mvc.perform(get("/admin/users").param("q", "koordinator").with(user(users.loadUserByUsername("admin"))))
				.andExpect(status().isOk()).andExpect(content().string(containsString("koordinator")));
	}

	@Test
	void pagesRequireCsrfTokensAndAStaleTokenAsksToSignInAgain() throws Exception {
		// signed in but without a token (a hand-made request): refused, and not called an expired session
		mvc.perform(post("/logout").with(user(users.loadUserByUsername("admin")))).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "admin").param("password", "demo").with(csrf().useInvalidToken()))
				.andExpect(redirectedUrl("/login?expired"));
		mvc.perform(post("/logout").with(user(users.loadUserByUsername("admin"))).with(csrf()))
				.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void apiErrorsAreJsonMessages() throws Exception {
		mvc.perform(get("/api/instruments")).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.message").value(containsString("HTTP Basic")));
		mvc.perform(get("/api/nothing").with(httpBasic("admin", "demo"))).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.message").value("Alamat tidak ditemukan."));
		mvc.perform(get("/api/instruments/spbe-2020/index").with(httpBasic("admin", "demo")))
				.andExpect(status().isMethodNotAllowed()).andExpect(jsonPath("$.message").isNotEmpty());
		mvc.perform(post("/api/instruments/spbe-2020/index").with(httpBasic("admin", "demo"))
				.contentType("application/x-www-form-urlencoded").content("values=1"))
				.andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.message").isNotEmpty());
		mvc.perform(get("/no-such-page").with(user(users.loadUserByUsername("admin")))).andExpect(status().isNotFound());
	}

	@Test
	void apiWithoutCredentialsGets401AndWithCredentialsAnswers() throws Exception {
		mvc.perform(get("/api/instruments")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/instruments").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/instruments").with(httpBasic("operator", "demo"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(post("/api/instruments/spbe-2020/index").with(httpBasic("asesor", "demo"))
				.contentType("application/json").content("{\"values\": {\"1\": 3}}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.scored").value(1));
	}

	@Test
	void homePageDependsOnTheRole() throws Exception {
		mvc.perform(get("/").with(user(users.loadUserByUsername("koordinator")))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Pemerintah Kota Pangkalpinang")))
				.andExpect(content().string(containsString("Evaluasi SPBE 2021")))
				.andExpect(content().string(containsString("Penilaian mandiri")));
		mvc.perform(get("/").with(user(users.loadUserByUsername("asesor")))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Evaluasi yang ditugaskan")));
		mvc.perform(get("/").with(user(users.loadUserByUsername("admin")))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Administrasi evaluasi")));
	}

	@Test
	void instrumentBrowserShowsEveryIndicatorWithItsCriteriaInBothLanguages() throws Exception {
		String page = mvc.perform(get("/instruments/spbe-2020").with(user(users.loadUserByUsername("operator"))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page.split("data-testid=\"indicator\"", -1)).hasSize(48);
		assertThat(page.split("data-testid=\"criterion\"", -1)).hasSize(47 * 5 + 1);
		assertThat(page).contains("Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah", "Terdefinisi");

		mvc.perform(get("/instruments/pemdi-2026").param("lang", "en").with(user(users.loadUserByUsername("operator"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Pemdi Governance")))
				.andExpect(content().string(containsString("I1-L2-02")))
				.andExpect(content().string(containsString("verify against the regulation")));
	}

	@Test
	void unknownInstrumentPageIs404Page() throws Exception {
		mvc.perform(get("/instruments/none").with(user(users.loadUserByUsername("admin")))).andExpect(status().isNotFound());
	}
}
