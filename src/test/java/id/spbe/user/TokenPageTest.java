package id.spbe.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.Refusals;
import id.spbe.common.Wib;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The token page: a new token's secret shown in the answer to the POST and never again, the list,
 * revocation; a refused form keeps what was typed with the reason on its field; the administrator
 * sees and revokes a user's tokens on the user page.
 */
@IntegrationTest
class TokenPageTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserAccounts accounts;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MessageSource messages;
	@Autowired
	Clock clock;

	String fresh() {
		String name = "halaman" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(name, "benar-sekali-ini", "Uji Halaman Token", Role.AGENCY_COORDINATOR,
				fixtures.newAgency("spbe-2020").agencyId());
		return name;
	}

	@Test
	void theSecretIsShownOnceAndTheTokenRevokedFromThePage() throws Exception {
		String name = fresh();
		CurrentUser me = fixtures.login(name);
		assertThat(mvc.perform(get("/account/tokens").with(user(me))).andReturn().getResponse().getContentAsString())
				.contains("data-testid=\"token-form\"").contains("data-testid=\"token-none\"");

		String page = mvc.perform(post("/account/tokens").with(user(me)).with(csrf()).param("name", "Rekap harian")
				.param("expiresOn", Wib.today(clock).plusDays(60).toString())).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher secret = java.util.regex.Pattern.compile("spbe_[A-Za-z0-9_-]{43}").matcher(page);
		assertThat(secret.find()).as("the secret on the page").isTrue();
		long tokenId = jdbc.queryForObject("select id from api_token where user_id = ?", Long.class, me.getId());
		assertThat(jdbc.queryForObject("select secret_hash from api_token where id = ?", String.class, tokenId))
				.isEqualTo(ApiTokens.sha256(secret.group()));

		String again = mvc.perform(get("/account/tokens").with(user(me))).andReturn().getResponse().getContentAsString();
		assertThat(again).doesNotContain(secret.group()).contains("Rekap harian").contains("data-token-id=\"" + tokenId + "\"");

		MvcResult revoked = mvc.perform(post("/account/tokens/{id}/revoke", tokenId).with(user(me)).with(csrf())).andReturn();
		assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo("/account/tokens");
		assertThat(jdbc.queryForObject("select revoked_at is not null from api_token where id = ?", Boolean.class, tokenId))
				.isTrue();
	}

	@Test
	void aRefusedFormKeepsWhatWasTyped() throws Exception {
		String name = fresh();
		CurrentUser me = fixtures.login(name);
		String past = Wib.today(clock).minusDays(2).toString();
		MvcResult result = mvc.perform(post("/account/tokens").with(user(me)).with(csrf()).param("name", "")
				.param("expiresOn", past)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(Refusals.of(result, "tokenForm").getFieldError("name").getCode()).isEqualTo("token.error.nameBlank");
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("value=\"" + past + "\"");

		result = mvc.perform(post("/account/tokens").with(user(me)).with(csrf()).param("name", "Skrip saya")
				.param("expiresOn", past)).andReturn();
		assertThat(Refusals.of(result, "tokenForm").getFieldError("expiresOn").getCode()).isEqualTo("token.error.expiresPast");
		assertThat(result.getResponse().getContentAsString()).contains("value=\"Skrip saya\"");

		result = mvc.perform(post("/account/tokens").with(user(me)).with(csrf()).param("name", "Skrip saya")
				.param("expiresOn", "31-12-2027")).andReturn();
		assertThat(Refusals.of(result, "tokenForm").getFieldError("expiresOn").getCode()).isEqualTo("form.error.date");
		assertThat(result.getResponse().getContentAsString()).contains("value=\"31-12-2027\"");
		assertThat(jdbc.queryForObject("select count(*) from api_token where user_id = ?", Integer.class, me.getId())).isZero();
	}

	@Test
	void theAdministratorSeesAndRevokesAUsersTokensOnTheUserPage() throws Exception {
		String name = fresh();
		CurrentUser owner = fixtures.login(name);
		mvc.perform(post("/account/tokens").with(user(owner)).with(csrf()).param("name", "Integrasi")
				.param("expiresOn", LocalDate.now(clock).plusDays(10).toString()));
		long tokenId = jdbc.queryForObject("select id from api_token where user_id = ?", Long.class, owner.getId());
		CurrentUser admin = fixtures.login("admin");
		String page = mvc.perform(get("/admin/users/{id}", owner.getId()).with(user(admin))).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).contains("data-testid=\"user-tokens\"").contains("Integrasi")
				.contains("/admin/users/" + owner.getId() + "/tokens/" + tokenId + "/revoke");
		MvcResult revoked = mvc.perform(post("/admin/users/{u}/tokens/{t}/revoke", owner.getId(), tokenId).with(user(admin))
				.with(csrf())).andReturn();
		assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + owner.getId());
		assertThat(jdbc.queryForObject("select revoked_by from api_token where id = ?", Long.class, tokenId))
				.isEqualTo(admin.getId());
	}
}
