package id.spbe.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.Refusals;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Stage;
import id.spbe.evaluation.Transitions;
import id.spbe.user.CurrentUser;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

/**
 * Value fields as people in Indonesia type them: the agency's entry level and the assessor's
 * stage level take "2,5" and "2.5"; "2,555", "2.5.1", "tiga", "2,5,1" and "1.000,5" get a message
 * on the field in the user's language, the typed text is shown again and nothing is stored. A
 * stored value is offered back with the reader's separator.
 */
@IntegrationTest
class DecimalFieldTest {

	/** Bad values with the message key each gets and the start of its Indonesian and English text. */
	static final Map<String, String[]> BAD = Map.of(
			"2,555", new String[] { "form.error.valueDecimals", "Paling banyak 2 angka di belakang koma", "At most 2 decimal places" },
			"2.5.1", new String[] { "form.error.number", "Bukan angka yang sah", "Not a valid number" },
			"tiga", new String[] { "form.error.number", "Bukan angka yang sah", "Not a valid number" },
			"2,5,1", new String[] { "form.error.number", "Bukan angka yang sah", "Not a valid number" },
			"1.000,5", new String[] { "form.error.number", "Bukan angka yang sah", "Not a valid number" });
	static final Cookie ENGLISH = new Cookie("SPBE_LANG", "en");

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Assessments assessments;
	@Autowired
	Transitions transitions;

	@Test
	void theEntryLevelTakesACommaOrAPointAndRefusesTheRestOnItsField() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		long id = a.evaluationId();
		for (Map.Entry<String, String[]> bad : BAD.entrySet()) {
			for (boolean english : new boolean[] { false, true }) {
				var request = post("/evaluations/{id}/indicators/2", id).with(user(a.operator())).with(csrf())
						.param("level", bad.getKey()).param("justification", "Teks saya").param("version", "0");
				MvcResult refused = mvc.perform(english ? request.cookie(ENGLISH) : request).andExpect(status().isOk()).andReturn();
				BindingResult errors = Refusals.of(refused, "entryForm");
				assertThat(errors.getFieldError("level").getCode()).as(bad.getKey()).isEqualTo(bad.getValue()[0]);
				String page = refused.getResponse().getContentAsString();
				assertThat(page).as(bad.getKey()).contains(bad.getValue()[english ? 2 : 1])
						.contains("&quot;" + bad.getKey() + "&quot;").contains("value=\"" + bad.getKey() + "\"")
						.contains("Teks saya");
				assertThat(assessments.get(id, 2).selfLevel()).as(bad.getKey()).isNull();
			}
		}

		save(a, 2, "2,5");
		assertThat(assessments.get(id, 2).selfLevel()).isEqualByComparingTo("2.5");
		save(a, 3, "3.75");
		assertThat(assessments.get(id, 3).selfLevel()).isEqualByComparingTo("3.75");
		assertThat(page("/evaluations/" + id + "/indicators/3", a.operator(), false)).contains("value=\"3,75\"");
		assertThat(page("/evaluations/" + id + "/indicators/3", a.operator(), true)).contains("value=\"3.75\"");
		assertThat(page("/evaluations/" + id, a.operator(), false)).contains(">2,5<").contains(">3,75<");
		assertThat(page("/evaluations/" + id, a.operator(), true)).contains(">2.5<").contains(">3.75<");
	}

	private void save(Fixtures.TestAgency a, int number, String level) throws Exception {
		long version = assessments.get(a.evaluationId(), number).version();
		mvc.perform(post("/evaluations/{id}/indicators/{n}", a.evaluationId(), number).with(user(a.operator()))
				.with(csrf()).param("level", level).param("justification", "Penjelasan " + number)
				.param("version", "" + version)).andExpect(status().is3xxRedirection());
	}

	@Test
	void theAssessorsStageLevelTakesACommaOrAPointAndRefusesTheRestOnItsField() throws Exception {
		Fixtures.InReview c = fixtures.submittedWithTeam("pemdi-2026");
		transitions.move(c.team().lead(), c.id(), EvaluationAction.START_DOCUMENT_REVIEW, null);
		CurrentUser lead = c.team().lead();
		for (Map.Entry<String, String[]> bad : BAD.entrySet()) {
			for (boolean english : new boolean[] { false, true }) {
				var request = post("/evaluations/{id}/review/indicators/4", c.id()).with(user(lead)).with(csrf())
						.param("stage", "DOCUMENT_REVIEW").param("level", bad.getKey()).param("note", "catatan saya");
				MvcResult refused = mvc.perform(english ? request.cookie(ENGLISH) : request).andReturn();
				assertThat(Refusals.of(refused, "stageForm").getFieldError("level").getCode()).as(bad.getKey())
						.isEqualTo(bad.getValue()[0]);
				var follow = get(refused.getResponse().getRedirectedUrl()).flashAttrs(refused.getFlashMap()).with(user(lead));
				String page = mvc.perform(english ? follow.cookie(ENGLISH) : follow).andReturn().getResponse()
						.getContentAsString();
				assertThat(page).as(bad.getKey()).contains(bad.getValue()[english ? 2 : 1])
						.contains("value=\"" + bad.getKey() + "\"").contains("catatan saya");
				assertThat(assessments.get(c.id(), 4).levelAt(Stage.DOCUMENT_REVIEW)).as(bad.getKey()).isNull();
			}
		}

		for (String[] typed : new String[][] { { "4", "2,25" }, { "8", "3.5" } }) {
			int n = Integer.parseInt(typed[0]);
			mvc.perform(post("/evaluations/{id}/review/indicators/{n}", c.id(), n).with(user(lead)).with(csrf())
					.param("stage", "DOCUMENT_REVIEW").param("level", typed[1])).andExpect(status().is3xxRedirection());
		}
		assertThat(assessments.get(c.id(), 4).levelAt(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("2.25");
		assertThat(assessments.get(c.id(), 8).levelAt(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("3.5");
		String indicator = "/evaluations/" + c.id() + "/review/indicators/4";
		assertThat(page(indicator, lead, false)).contains("value=\"2,25\"").containsPattern("→\\s*<span>2,25</span>");
		assertThat(page(indicator, lead, true)).contains("value=\"2.25\"");
		assertThat(page("/evaluations/" + c.id() + "/review", lead, false)).contains(">2,25<").contains(">3,5<");
		assertThat(page("/evaluations/" + c.id() + "/review", lead, true)).contains(">2.25<").contains(">3.5<");
	}

	private String page(String path, CurrentUser who, boolean english) throws Exception {
		var request = get(path).with(user(who));
		return mvc.perform(english ? request.cookie(ENGLISH) : request).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
	}
}
