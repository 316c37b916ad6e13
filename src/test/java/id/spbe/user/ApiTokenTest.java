package id.spbe.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.TestClock;
import id.spbe.common.Wib;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal API tokens through the API: made (201, the secret once), used as {@code Bearer},
 * listed without secrets, stored only as SHA-256, refused with a clear 401 when expired, revoked,
 * malformed, unknown or of a deactivated or locked account, revoked by the owner and by an
 * administrator; bad input refused with nothing stored; a token never makes another.
 */
@IntegrationTest
class ApiTokenTest {

	static final String PASSWORD = "benar-sekali-ini";

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
	JsonMapper json;
	@Autowired
	Clock clock;

	@AfterEach
	void realTime() {
		((TestClock) clock).reset();
	}

	String fresh() {
		String name = "token" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(name, PASSWORD, "Uji Token", Role.ASSESSOR, null);
		return name;
	}

	long id(String name) {
		return jdbc.queryForObject("select id from user_account where username = ?", Long.class, name);
	}

	LocalDate today() {
		return Wib.today(clock);
	}

	MockHttpServletResponse create(String name, String body) throws Exception {
		return mvc.perform(post("/api/me/tokens").with(httpBasic(name, PASSWORD)).contentType("application/json")
				.content(body)).andReturn().getResponse();
	}

	JsonNode created(String name, LocalDate expiresOn) throws Exception {
		MockHttpServletResponse response = create(name, "{\"name\": \"Skrip rekap\", \"expiresOn\": \"" + expiresOn + "\"}");
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return json.readTree(response.getContentAsString());
	}

	MockHttpServletResponse call(String token, String language) throws Exception {
		return mvc.perform(get("/api/instruments").header("Authorization", "Bearer " + token)
				.header("Accept-Language", language)).andReturn().getResponse();
	}

	String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	void assertRefused(MockHttpServletResponse response, String key) throws Exception {
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
		assertThat(json.readTree(response.getContentAsString()).get("message").asString())
				.isEqualTo(text(key, Locale.forLanguageTag("id")));
	}

	@Test
	void aTokenIsMadeOnceUsedListedWithoutItsSecretAndStoredOnlyAsItsHash() throws Exception {
		String name = fresh();
		JsonNode token = created(name, today().plusDays(30));
		String secret = token.get("token").asString();
		assertThat(secret).matches("spbe_[A-Za-z0-9_-]{43}");
		assertThat(token.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(secret).startsWith(token.get("prefix").asString());

		MockHttpServletResponse used = call(secret, "id");
		assertThat(used.getStatus()).isEqualTo(200);
		// the call is the owner's: its own list answers, and carries neither secret nor hash
		String list = mvc.perform(get("/api/me/tokens").header("Authorization", "Bearer " + secret)).andReturn()
				.getResponse().getContentAsString();
		JsonNode listed = json.readTree(list);
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).get("name").asString()).isEqualTo("Skrip rekap");
		assertThat(listed.get(0).get("lastUsedAt").isNull()).isFalse();
		assertThat(listed.get(0).has("token")).isFalse();
		assertThat(list).doesNotContain(secret).doesNotContain(ApiTokens.sha256(secret));

		// at rest: the SHA-256 only, the secret nowhere in the row
		String row = jdbc.queryForObject("select t::text from api_token t where id = ?", String.class,
				token.get("id").asLong());
		assertThat(row).doesNotContain(secret).contains(ApiTokens.sha256(secret));
		assertThat(jdbc.queryForObject("select secret_hash from api_token where id = ?", String.class,
				token.get("id").asLong())).isEqualTo(ApiTokens.sha256(secret));
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'API_TOKEN_CREATED' and object_id = ?",
				Integer.class, token.get("id").asString())).isEqualTo(1);
	}

	@Test
	void aRevokedTokenIsRefusedAndTheRefusalRecorded() throws Exception {
		String name = fresh();
		JsonNode token = created(name, today().plusDays(30));
		String secret = token.get("token").asString();
		assertThat(mvc.perform(delete("/api/me/tokens/{id}", token.get("id").asLong()).with(httpBasic(name, PASSWORD)))
				.andReturn().getResponse().getStatus()).isEqualTo(204);

		assertRefused(call(secret, "id"), "api.error.token.revoked");
		assertThat(json.readTree(call(secret, "en").getContentAsString()).get("message").asString())
				.isEqualTo(text("api.error.token.revoked", Locale.ENGLISH));
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'API_TOKEN_REVOKED' and object_id = ?",
				Integer.class, token.get("id").asString())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'API_TOKEN_REFUSED' and object_id = ?",
				Integer.class, token.get("id").asString())).isEqualTo(2);
	}

	@Test
	void aTokenExpiresOnItsDay() throws Exception {
		String name = fresh();
		LocalDate expiresOn = today().plusDays(3);
		String secret = created(name, expiresOn).get("token").asString();
		((TestClock) clock).freeze(expiresOn.minusDays(1));
		assertThat(call(secret, "id").getStatus()).isEqualTo(200);
		((TestClock) clock).freeze(expiresOn);
		assertRefused(call(secret, "id"), "api.error.token.expired");
		assertThat(json.readTree(mvc.perform(get("/api/me/tokens").with(httpBasic(name, PASSWORD))).andReturn()
				.getResponse().getContentAsString()).get(0).get("status").asString()).isEqualTo("EXPIRED");
	}

	@Test
	void malformedAndUnknownTokensGetOneAnswer() throws Exception {
		assertRefused(call("abc", "id"), "api.error.token.invalid");
		assertRefused(call("", "id"), "api.error.token.invalid");
		assertRefused(call("spbe_" + "A".repeat(43), "id"), "api.error.token.invalid");
		assertRefused(call("spbe_" + "A".repeat(42) + "!", "id"), "api.error.token.invalid");
		// a control character in the header is refused before any sign-in (Spring Security's firewall)
		assertThat(call("spbe_" + "A".repeat(42) + "\u0000", "id").getStatus()).isEqualTo(400);
		assertRefused(call("x".repeat(5000), "id"), "api.error.token.invalid");
		assertThat(json.readTree(call("abc", "en").getContentAsString()).get("message").asString())
				.isEqualTo(text("api.error.token.invalid", Locale.ENGLISH));
	}

	@Test
	void theTokenOfADeactivatedOrLockedAccountIsRefused() throws Exception {
		String name = fresh();
		long id = id(name);
		String secret = created(name, today().plusDays(30)).get("token").asString();
		// deactivated or locked while the token itself stays active (say, by another node's change)
		jdbc.update("update user_account set enabled = false where id = ?", id);
		assertRefused(call(secret, "id"), "api.error.token.inactive");
		jdbc.update("update user_account set enabled = true, locked_until = now() + interval '10 minutes' where id = ?", id);
		assertRefused(call(secret, "id"), "api.error.token.inactive");
		jdbc.update("update user_account set locked_until = null where id = ?", id);
		assertThat(call(secret, "id").getStatus()).isEqualTo(200);

		// an administrator's deactivation revokes the tokens, so reactivating brings none back
		assertThat(mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin")))
				.contentType("application/json").content("{\"enabled\": false}")).andReturn().getResponse()
				.getStatus()).isEqualTo(200);
		assertRefused(call(secret, "id"), "api.error.token.revoked");
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"enabled\": true}"));
		assertRefused(call(secret, "id"), "api.error.token.revoked");
	}

	@Test
	void badInputIsRefusedAndNothingStored() throws Exception {
		String name = fresh();
		long id = id(name);
		String[][] cases = { { "{\"expiresOn\": \"" + today().plusDays(5) + "\"}", "token.error.nameBlank" },
				{ "{\"name\": \"   \", \"expiresOn\": \"" + today().plusDays(5) + "\"}", "token.error.nameBlank" },
				{ "{\"name\": \"" + "n".repeat(101) + "\", \"expiresOn\": \"" + today().plusDays(5) + "\"}",
						"token.error.nameTooLong" },
				{ "{\"name\": \"x\"}", "token.error.expiresBlank" },
				{ "{\"name\": \"x\", \"expiresOn\": \"" + today() + "\"}", "token.error.expiresPast" },
				{ "{\"name\": \"x\", \"expiresOn\": \"" + today().minusDays(1) + "\"}", "token.error.expiresPast" } };
		for (String[] c : cases) {
			MockHttpServletResponse response = create(name, c[0]);
			assertThat(response.getStatus()).as(c[0]).isEqualTo(400);
			assertThat(json.readTree(response.getContentAsString()).get("message").asString()).as(c[0])
					.isEqualTo(messages.getMessage(c[1], new Object[] { ApiTokens.MAX_NAME }, Locale.forLanguageTag("id")));
		}
		MockHttpServletResponse tooFar = create(name, "{\"name\": \"x\", \"expiresOn\": \"" + today().plusYears(1).plusDays(1) + "\"}");
		assertThat(tooFar.getStatus()).isEqualTo(400);
		assertThat(json.readTree(tooFar.getContentAsString()).get("message").asString()).contains(today().plusYears(1).toString());
		assertThat(create(name, "{\"name\": \"x\", \"expiresOn\": \"2027-13-01\"}").getStatus()).isEqualTo(400);
		assertThat(create(name, "{\"name\": 5, \"expiresOn\": \"2027-01-01\"}").getStatus()).isEqualTo(400);
		assertThat(jdbc.queryForObject("select count(*) from api_token where user_id = ?", Integer.class, id)).isZero();

		// the longest allowed day is accepted
		created(name, today().plusYears(1));
	}

	@Test
	void aUserHoldsABoundedNumberOfUsableTokens() throws Exception {
		String name = fresh();
		for (int i = 0; i < ApiTokens.MAX_USABLE; i++) {
			created(name, today().plusDays(10));
		}
		MockHttpServletResponse refused = create(name, "{\"name\": \"satu lagi\", \"expiresOn\": \"" + today().plusDays(10) + "\"}");
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(json.readTree(refused.getContentAsString()).get("message").asString())
				.isEqualTo(messages.getMessage("token.error.tooMany", new Object[] { ApiTokens.MAX_USABLE },
						Locale.forLanguageTag("id")));
	}

	@Test
	void aTokenCannotMakeAnotherToken() throws Exception {
		String name = fresh();
		String secret = created(name, today().plusDays(5)).get("token").asString();
		MockHttpServletResponse response = mvc.perform(post("/api/me/tokens").header("Authorization", "Bearer " + secret)
				.contentType("application/json").content("{\"name\": \"anak\", \"expiresOn\": \"" + today().plusDays(300) + "\"}"))
				.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(json.readTree(response.getContentAsString()).get("message").asString())
				.isEqualTo(text("token.error.notWithToken", Locale.forLanguageTag("id")));
		assertThat(jdbc.queryForObject("select count(*) from api_token where user_id = ?", Integer.class, id(name)))
				.isEqualTo(1);
	}

	@Test
	void oneUserCannotSeeOrRevokeAnothersToken() throws Exception {
		String owner = fresh();
		String other = fresh();
		JsonNode token = created(owner, today().plusDays(30));
		long tokenId = token.get("id").asLong();

		MockHttpServletResponse revoke = mvc.perform(delete("/api/me/tokens/{id}", tokenId).with(httpBasic(other, PASSWORD)))
				.andReturn().getResponse();
		assertThat(revoke.getStatus()).isEqualTo(404);
		assertThat(json.readTree(mvc.perform(get("/api/me/tokens").with(httpBasic(other, PASSWORD))).andReturn()
				.getResponse().getContentAsString())).isEmpty();
		// the other user's own token does not reach it either
		String otherSecret = created(other, today().plusDays(30)).get("token").asString();
		assertThat(mvc.perform(delete("/api/me/tokens/{id}", tokenId).header("Authorization", "Bearer " + otherSecret))
				.andReturn().getResponse().getStatus()).isEqualTo(404);
		// nor the page
		assertThat(mvc.perform(post("/account/tokens/{id}/revoke", tokenId).with(user(fixtures.login(other)))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
				.andReturn().getResponse().getStatus()).isEqualTo(404);
		// nor the administrators' API
		assertThat(mvc.perform(get("/api/users/{id}/tokens", id(owner)).header("Authorization", "Bearer " + otherSecret))
				.andReturn().getResponse().getStatus()).isEqualTo(403);

		assertThat(jdbc.queryForObject("select revoked_at is null from api_token where id = ?", Boolean.class, tokenId)).isTrue();
		assertThat(call(token.get("token").asString(), "id").getStatus()).isEqualTo(200);
	}

	@Test
	void anAdministratorListsAndRevokesAUsersTokens() throws Exception {
		String name = fresh();
		long id = id(name);
		JsonNode token = created(name, today().plusDays(30));
		var admin = user(fixtures.login("admin"));
		JsonNode listed = json.readTree(mvc.perform(get("/api/users/{id}/tokens", id).with(admin)).andReturn().getResponse()
				.getContentAsString());
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).get("id").asLong()).isEqualTo(token.get("id").asLong());
		assertThat(listed.get(0).has("token")).isFalse();

		// another user's token id under this user is not found, and stays usable
		String other = fresh();
		JsonNode otherToken = created(other, today().plusDays(30));
		assertThat(mvc.perform(delete("/api/users/{id}/tokens/{t}", id, otherToken.get("id").asLong()).with(admin))
				.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(call(otherToken.get("token").asString(), "id").getStatus()).isEqualTo(200);

		assertThat(mvc.perform(delete("/api/users/{id}/tokens/{t}", id, token.get("id").asLong()).with(admin))
				.andReturn().getResponse().getStatus()).isEqualTo(204);
		assertRefused(call(token.get("token").asString(), "id"), "api.error.token.revoked");
		assertThat(jdbc.queryForObject("select revoked_by from api_token where id = ?", Long.class,
				token.get("id").asLong())).isEqualTo(fixtures.login("admin").getId());
		assertThat(mvc.perform(get("/api/users/{id}/tokens", 999_999_999L).with(admin)).andReturn().getResponse()
				.getStatus()).isEqualTo(404);
	}

	@Test
	void httpBasicAfterAPasswordChangeOrADeactivationIsRefusedThoughTheOldPairWasRemembered() throws Exception {
		String name = fresh();
		for (int i = 0; i < 2; i++) {
			assertThat(mvc.perform(get("/api/instruments").with(httpBasic(name, PASSWORD))).andReturn().getResponse()
					.getStatus()).isEqualTo(200);
		}
		String changed = "kuda laut terbang pelan 47";
		assertThat(mvc.perform(put("/api/me/password").with(httpBasic(name, PASSWORD)).contentType("application/json")
				.content("{\"current\": \"" + PASSWORD + "\", \"new\": \"" + changed + "\"}")).andReturn().getResponse()
				.getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/api/instruments").with(httpBasic(name, PASSWORD))).andReturn().getResponse()
				.getStatus()).isEqualTo(401);
		assertThat(mvc.perform(get("/api/instruments").with(httpBasic(name, changed))).andReturn().getResponse()
				.getStatus()).isEqualTo(200);
		// deactivated behind the application's back (another node): the remembered pair is refused too
		jdbc.update("update user_account set enabled = false where id = ?", id(name));
		assertThat(mvc.perform(get("/api/instruments").with(httpBasic(name, changed))).andReturn().getResponse()
				.getStatus()).isEqualTo(401);
	}

	@Test
	void aBodyOverTheJsonLimitsIsRefusedWithTheLimitsAndMakesNoToken() throws Exception {
		String name = fresh();
		String limits = "Isi permintaan melampaui batas: satu teks paling banyak 1.000.000 karakter, "
				+ "bersarang paling dalam 100 tingkat.";
		String deep = "[".repeat(1500) + "]".repeat(1500);
		String huge = "x".repeat(1_000_001);
		for (String body : new String[] { "{\"name\": \"dalam\", \"expiresOn\": \"" + today().plusDays(7) + "\", \"pad\": " + deep + "}",
				"{\"name\": \"besar\", \"expiresOn\": \"" + today().plusDays(7) + "\", \"pad\": \"" + huge + "\"}" }) {
			MockHttpServletResponse response = create(name, body);
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(json.readTree(response.getContentAsString()).get("message").asString()).isEqualTo(limits);
		}
		assertThat(jdbc.queryForObject("select count(*) from api_token where user_id = ?", Long.class, id(name))).isZero();
	}
}
