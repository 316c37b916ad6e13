package id.spbe.instrument;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.user.SecurityConfiguration;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(InstrumentApiController.class)
@Import({ SecurityConfiguration.class, id.spbe.user.SliceSecurity.class, id.spbe.common.Messages.class })
class InstrumentApiControllerTest {

	@Autowired
	MockMvc mvc;
	@MockitoBean
	InstrumentCatalog catalog;

	@BeforeEach
	void instruments() {
		given(catalog.current("spbe-2020")).willReturn(Optional.of(BundledInstruments.spbe2020()));
		given(catalog.current("pemdi-2026")).willReturn(Optional.of(BundledInstruments.pemdi2026()));
		given(catalog.current("nope")).willReturn(Optional.empty());
	}

	private static String allAt(int count, String value) {
		return IntStream.rangeClosed(1, count).mapToObj(n -> "\"" + n + "\": " + value).collect(Collectors.joining(","));
	}

	private static MockHttpServletRequestBuilder index(String code, String body) {
		return post("/api/instruments/{code}/index", code).with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void completeValuesGiveTheIndexWithDomainsAndAspects() throws Exception {
		String values = IntStream.rangeClosed(1, 47).mapToObj(n -> "\"" + n + "\": " + (n <= 10 ? 5 : 1))
				.collect(Collectors.joining(","));

		mvc.perform(index("spbe-2020", "{\"values\": {" + values + "}}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.complete").value(true))
				.andExpect(jsonPath("$.overall").value("1.52"))
				.andExpect(jsonPath("$.overallExact").value("1.52"))
				.andExpect(jsonPath("$.predikat").value("Kurang"))
				.andExpect(jsonPath("$.domains.D1").value("5.00"))
				.andExpect(jsonPath("$.domains.D4").value("1.00"))
				.andExpect(jsonPath("$.aspects.A1").value("5.00"))
				.andExpect(jsonPath("$.aspects.A8").value("1.00"));
	}

	@Test
	void exactOverallKeepsEveryDecimal() throws Exception {
		String values = IntStream.rangeClosed(1, 20).mapToObj(n -> "\"" + n + "\": " + (n == 1 ? "2.4" : "2.5"))
				.collect(Collectors.joining(","));

		mvc.perform(index("pemdi-2026", "{\"values\": {" + values + "}}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.overall").value("2.50"))
				.andExpect(jsonPath("$.overallExact").value("2.495"))
				.andExpect(jsonPath("$.predikat").value("Baik"))
				.andExpect(jsonPath("$.domains").isEmpty())
				.andExpect(jsonPath("$.aspects.A7").value("2.50"));
	}

	@Test
	void missingIndicatorsGiveCompletenessWithoutAnIndex() throws Exception {
		mvc.perform(index("spbe-2020", "{\"values\": {" + allAt(41, "3") + "}}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.complete").value(false))
				.andExpect(jsonPath("$.scored").value(41))
				.andExpect(jsonPath("$.total").value(47))
				.andExpect(jsonPath("$.overall").doesNotExist())
				.andExpect(jsonPath("$.predikat").doesNotExist());
	}

	@Test
	void valueOutsideTheScaleIs400NamingTheIndicator() throws Exception {
		mvc.perform(index("spbe-2020", "{\"values\": {\"7\": 6}}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Indikator 7: nilai 6 di luar skala 1 sampai 5."));
	}

	@Test
	void fractionOnWholeLevelInstrumentIs400InTheCallersLanguage() throws Exception {
		mvc.perform(index("spbe-2020", "{\"values\": {\"2\": 4.5}}").header("Accept-Language", "en"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Indicator 2: value 4.5 must be a whole level on this instrument."));
	}

	@Test
	void unknownIndicatorIs400() throws Exception {
		mvc.perform(index("pemdi-2026", "{\"values\": {\"21\": 3}}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Indikator 21 tidak ada dalam instrumen pemdi-2026."));
		mvc.perform(index("pemdi-2026", "{\"values\": {\"I5\": 3}}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Indikator I5 tidak ada dalam instrumen pemdi-2026."));
	}

	@Test
	void hugeNumbersAreRefusedWithAShortMessage() throws Exception {
		String tooLong = "Indikator 1: nilai terlalu panjang; tulis angka biasa dengan paling banyak 20 angka, tanpa eksponen.";
		mvc.perform(index("spbe-2020", "{\"values\": {\"1\": 1e100000000}}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(tooLong));
		mvc.perform(index("pemdi-2026", "{\"values\": {\"1\": 1e-400}}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(tooLong));
		mvc.perform(index("pemdi-2026", "{\"values\": {\"1\": 3." + "0".repeat(50) + "}}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(tooLong));
	}

	/** A number of a million digits is refused by the parser while it is read, before any value exists. */
	@Test
	void aMillionDigitNumberIsRefusedWhileItIsRead() throws Exception {
		mvc.perform(index("pemdi-2026", "{\"values\": {\"1\": 3." + "0".repeat(1_000_000) + "}}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Isi permintaan melampaui batas: angka JSON paling banyak 100 karakter."));
	}

	@Test
	void keysMustBeCanonicalIndicatorNumbersAndValuesJsonNumbers() throws Exception {
		for (String key : new String[] { "01", "+1", " 1", "1.0" }) {
			mvc.perform(index("spbe-2020", "{\"values\": {\"" + key + "\": 3}}"))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.message").value("Indikator " + key + " tidak ada dalam instrumen spbe-2020."));
		}
		mvc.perform(index("spbe-2020", "{\"values\": {\"1\": null}}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Indikator 1: nilai harus berupa angka."));
		mvc.perform(index("spbe-2020", "{\"values\": {\"1\": \"3\"}}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Indikator 1: nilai harus berupa angka."));
	}

	@Test
	void incompleteAnswerListsTheMissingIndicators() throws Exception {
		mvc.perform(index("pemdi-2026", "{\"values\": {" + allAt(18, "2") + "}}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.missing[0]").value(19))
				.andExpect(jsonPath("$.missing[1]").value(20));
	}

	@Test
	void malformedBodiesAre400WithAMessage() throws Exception {
		mvc.perform(index("pemdi-2026", "{\"values\": {\"1\": \"tinggi\"}}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").isNotEmpty());
		mvc.perform(index("pemdi-2026", "{nope"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").isNotEmpty());
		mvc.perform(index("pemdi-2026", "{}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("\"values\"")));
	}

	@Test
	void unknownInstrumentIs404() throws Exception {
		mvc.perform(index("nope", "{\"values\": {}}")).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.message").value("Instrumen tidak ditemukan."));
		mvc.perform(get("/api/instruments/nope").with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
	}

	@Test
	void instrumentTreeCarriesWeightsCriteriaAndBands() throws Exception {
		mvc.perform(get("/api/instruments/spbe-2020").with(httpBasic("admin", "demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.regulation").value("PermenPANRB 59/2020"))
				.andExpect(jsonPath("$.domains.length()").value(4))
				.andExpect(jsonPath("$.domains[0].aspects[0].indicators[0].weight").value(1.3))
				.andExpect(jsonPath("$.domains[0].aspects[0].indicators[0].levels['3'].criterion.id").isNotEmpty())
				.andExpect(jsonPath("$.bands[0].predikat").value("Memuaskan"));
	}

	@Test
	void withoutCredentialsTheApiAnswers401AndSetsNoSession() throws Exception {
		mvc.perform(post("/api/instruments/spbe-2020/index").contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/instruments/spbe-2020").with(httpBasic("admin", "demo")))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().sessionAttributeDoesNotExist("SPRING_SECURITY_CONTEXT"));
	}
}
