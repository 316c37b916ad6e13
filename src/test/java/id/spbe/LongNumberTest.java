package id.spbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Transitions;
import id.spbe.review.Interviews;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A level of "3." and a million zeros, the post that once held an evaluation's lock for six
 * minutes, on every way a level comes in: each is refused on its length with a message, and
 * nothing is stored. (Excel cells: {@code WorksheetImportTest}; the index API: {@code InstrumentApiControllerTest}.)
 */
@IntegrationTest
class LongNumberTest {

	private static final String MILLION_ZEROS = "3." + "0".repeat(1_000_000);
	/** Short enough for the JSON parser's limit, too long for a level. */
	private static final String FIFTY_ZEROS = "3." + "0".repeat(50);
	private static final String TOO_LONG = tooLong("3." + "0".repeat(58) + "…");

	/** The refusal as the user reads it, repeating the start of what was typed. */
	private static String tooLong(String echo) {
		return "Angka terlalu panjang: \"" + echo + "\". Tulis angka biasa dengan paling banyak 20 karakter, tanpa eksponen (misalnya 2,5).";
	}

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MessageSource messages;
	@Autowired
	Transitions transitions;
	@Autowired
	Interviews interviews;

	/** Everything stored about the evaluation's levels: entries, stage values and their history. */
	private String stored(long evaluationId) {
		return jdbc.queryForObject("select concat(string_agg(concat(a.indicator_number, ':', a.entry_version), ',' order by a.id), '|', "
				+ "(select count(*) from stage_score s join indicator_assessment x on x.id = s.assessment_id where x.evaluation_id = ?), '|', "
				+ "(select count(*) from score_change c join indicator_assessment x on x.id = c.assessment_id where x.evaluation_id = ?), '|', "
				+ "(select count(*) from interview_note n join interview_session s on s.id = n.session_id where s.evaluation_id = ?)) "
				+ "from indicator_assessment a where a.evaluation_id = ?", String.class, evaluationId, evaluationId, evaluationId,
				evaluationId);
	}

	@Test
	void theSelfAssessmentFormRefusesTheLevelOnItsLength() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		String before = stored(a.evaluationId());
		MvcResult refused = mvc.perform(post("/evaluations/{id}/indicators/1", a.evaluationId()).with(user(a.operator()))
				.with(csrf()).param("level", MILLION_ZEROS).param("justification", "Sudah ada SK."))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("entryForm", "level", "form.error.numberTooLong")).andReturn();
		assertThat(Refusals.messages(messages, refused, "entryForm")).containsExactly(TOO_LONG);
		assertThat(stored(a.evaluationId())).isEqualTo(before);
	}

	@Test
	void theApiRefusesALongJsonNumberWhileReadingItAndAShorterOneOnItsDigits() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		String before = stored(a.evaluationId());
		mvc.perform(put("/api/evaluations/{id}/indicators/1", a.evaluationId()).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"level\": " + MILLION_ZEROS + ", \"justification\": \"x\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Isi permintaan melampaui batas: angka JSON paling banyak 100 karakter."));
		mvc.perform(put("/api/evaluations/{id}/indicators/1", a.evaluationId()).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"level\": " + FIFTY_ZEROS + ", \"justification\": \"x\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(tooLong(FIFTY_ZEROS)));
		mvc.perform(put("/api/evaluations/{id}/indicators/1", a.evaluationId()).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"level\": 3, \"justification\": \"x\", \"version\": 1" + "0".repeat(30) + "}"))
				.andExpect(status().isBadRequest());
		assertThat(stored(a.evaluationId())).isEqualTo(before);
	}

	@Test
	void theAssessorsStageFormAndApiRefuseTheLevelOnItsLength() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		String before = stored(c.id());
		MvcResult refused = mvc.perform(post("/evaluations/{id}/review/indicators/2", c.id()).param("stage", "DOCUMENT_REVIEW")
				.param("level", MILLION_ZEROS).param("note", "catatan").with(user(c.team().lead())).with(csrf())).andReturn();
		assertThat(Refusals.of(refused, "stageForm").getFieldError("level").getCode()).isEqualTo("form.error.numberTooLong");
		assertThat(Refusals.messages(messages, refused, "stageForm")).containsExactly(TOO_LONG);
		mvc.perform(put("/api/evaluations/{id}/indicators/2/stages/DOCUMENT_REVIEW", c.id())
				.with(httpBasic(c.team().leadName(), "demo")).contentType("application/json")
				.content("{\"level\": " + FIFTY_ZEROS + ", \"note\": null}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(tooLong(FIFTY_ZEROS)));
		mvc.perform(put("/api/evaluations/{id}/indicators/2/stages/DOCUMENT_REVIEW", c.id())
				.with(httpBasic(c.team().leadName(), "demo")).contentType("application/json")
				.content("{\"level\": " + MILLION_ZEROS + ", \"note\": null}"))
				.andExpect(status().isBadRequest());
		assertThat(stored(c.id())).isEqualTo(before);
	}

	@Test
	void theInterviewNoteRefusesTheLevelOnItsLength() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		long session = fixtures.interviewSession(c);
		String before = stored(c.id());
		MvcResult refused = mvc.perform(post("/evaluations/{id}/interviews/{s}/notes", c.id(), session).param("number", "4")
				.param("level", MILLION_ZEROS).param("note", "dibahas").with(user(c.team().member())).with(csrf())).andReturn();
		assertThat(Refusals.of(refused, "noteForm").getFieldError("level").getCode()).isEqualTo("form.error.numberTooLong");
		assertThat(stored(c.id())).isEqualTo(before);
	}
}
