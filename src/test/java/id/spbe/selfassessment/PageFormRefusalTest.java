package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.Refusals;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.Transitions;
import id.spbe.evidence.EvidenceUploads;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The agency's page forms after a refusal: the page they return to says why, beside the field
 * when one field is wrong, and shows what was typed or ticked again; nothing is changed.
 */
@IntegrationTest
class PageFormRefusalTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Assessments assessments;
	@Autowired
	EvaluationAccess access;
	@Autowired
	Transitions transitions;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MessageSource messages;
	@Autowired
	EvidenceUploads uploads;

	@Test
	void aLevelThatIsNoNumberIsRefusedBesideTheLevelKeepingWhatWasTyped() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		long id = a.evaluationId();
		long version = assessments.get(id, 2).version();

		mvc.perform(post("/evaluations/{id}/indicators/2", id).with(user(a.operator())).with(csrf())
				.param("level", "2,5x").param("justification", "Teks yang sudah diketik").param("version", "" + version))
				.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("entryForm", "level", "form.error.number"))
				.andExpect(content().string(containsString("Bukan angka yang sah: &quot;2,5x&quot;.")))
				.andExpect(content().string(containsString("value=\"2,5x\"")))
				.andExpect(content().string(containsString("Teks yang sudah diketik")));
		assertThat(assessments.get(id, 2).selfLevel()).isNull();

		mvc.perform(post("/evaluations/{id}/indicators/2", id).with(user(a.operator())).with(csrf())
				.param("level", "2,5").param("justification", "Teks yang sudah diketik").param("version", "" + version))
				.andExpect(status().is3xxRedirection());
		assertThat(assessments.get(id, 2).selfLevel()).isEqualByComparingTo("2.5");
	}

	@Test
	void aRefusedAssignmentShowsWhyWithTheSameIndicatorsTicked() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		long id = a.evaluationId();

		MvcResult refused = mvc.perform(post("/evaluations/{id}/assign", id).with(user(a.coordinator())).with(csrf())
				.param("numbers", "3", "4").param("operatorId", "999999")).andReturn();

		assertThat(Refusals.messages(messages, refused, "assignForm"))
				.containsExactly("Operator tidak dikenal untuk instansi ini.");
		String page = Refusals.followed(mvc, refused, user(a.coordinator()));
		assertThat(page).contains("Operator tidak dikenal untuk instansi ini.")
				.containsPattern("value=\"3\"[^>]*\\schecked[\\s>]").containsPattern("value=\"4\"[^>]*\\schecked[\\s>]")
				.doesNotContainPattern("value=\"5\"[^>]*checked");
		assertThat(assessments.get(id, 3).assigneeUserId()).isNull();
		assertThat(assessments.get(id, 4).assigneeUserId()).isNull();
	}

	/** The reuse list's options are written by selfassessment/reuseOptions.jte: the refused choice stays chosen. */
	@Test
	void aRefusedReuseShowsWhyWithTheSameEvidenceChosen() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		fixtures.completeAllExcept(a, 5);
		long id = a.evaluationId();
		mvc.perform(post("/evaluations/{id}/indicators/6/evidence/link", id).with(user(a.operator())).with(csrf())
				.param("url", "https://example.go.id/kedua").param("title", "Bukti kedua").param("levels", "1")
				.param("accessedOn", "2021-07-01")).andExpect(flash().attributeExists("success"));
		long chosen = jdbc.queryForObject("select max(id) from evidence where evaluation_id = ?", Long.class, id);
		Integer uses = jdbc.queryForObject("select count(*) from evidence_use", Integer.class);

		MvcResult refused = mvc.perform(post("/evaluations/{id}/indicators/5/evidence/reuse", id).with(user(a.operator()))
				.with(csrf()).param("evidenceId", "" + chosen)).andReturn();

		assertThat(Refusals.messages(messages, refused, "reuseForm"))
				.containsExactly("Pilih paling sedikit satu level yang didukung bukti ini.");
		assertThat(jdbc.queryForObject("select count(*) from evidence_use", Integer.class)).isEqualTo(uses);
		String select = Refusals.followed(mvc, refused, user(a.operator())).replaceFirst("(?s).*<select id=\"evidenceId\"", "")
				.replaceFirst("(?s)</select>.*", "");
		assertThat(select).containsPattern("<option value=\"" + chosen + "\" selected>").containsOnlyOnce("selected")
				.containsPattern("<option value=\"\\d+\">");
	}

	/** The item checkboxes are written by selfassessment/itemChoices.jte: a refused link keeps its ticks. */
	@Test
	void aRefusedLinkShowsItsEvidenceItemsTicked() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		List<String> codes = fixtures.itemCodes(a, 3);
		MvcResult refused = mvc.perform(post("/evaluations/{id}/indicators/3/evidence/link", a.evaluationId())
				.with(user(a.operator())).with(csrf()).param("url", "ftp://example.go.id/sk").param("title", "SK")
				.param("accessedOn", "2026-11-02").param("items", codes.get(0), codes.get(2))).andReturn();

		assertThat(Refusals.messages(messages, refused, "linkForm")).singleElement().asString()
				.contains("bukan tautan http atau https");
		String page = Refusals.followed(mvc, refused, user(a.operator()));
		assertThat(page).containsPattern("id=\"litem-" + codes.get(0) + "\"\\s+checked")
				.containsPattern("id=\"litem-" + codes.get(2) + "\"\\s+checked")
				.containsPattern("id=\"litem-" + codes.get(1) + "\">")
				.doesNotContainPattern("id=\"fitem-[^\"]*\"\\s+checked");
	}

	/** A refused new version of a file shows the evidence items as the user ticked them, not as stored. */
	@Test
	void aRefusedNewVersionKeepsItsItemTicks() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		List<String> codes = fixtures.itemCodes(a, 3);
		long file = uploads.upload(a.operator(), a.evaluationId(), 3, new EvidenceUploads.FileRequest(
				new EvidenceUploads.Upload("sk.pdf", new java.io.ByteArrayInputStream(TestFiles.pdf("SK"))), "SK",
				List.of(), List.of(codes.get(0)), null)).evidenceId();

		MvcResult refused = mvc.perform(multipart("/evaluations/{e}/indicators/3/evidence/{x}/version", a.evaluationId(), file)
				.file(new MockMultipartFile("file", "palsu.pdf", "application/pdf", "bukan pdf".getBytes()))
				.param("items", codes.get(1), codes.get(2)).with(user(a.operator())).with(csrf())).andReturn();

		assertThat(Refusals.messages(messages, refused, "evidenceItemForm")).singleElement().asString().contains("palsu.pdf");
		String page = Refusals.followed(mvc, refused, user(a.operator()));
		String v = "id=\"v" + file + "-";
		assertThat(page).containsPattern(v + codes.get(1) + "\"\\s+checked").containsPattern(v + codes.get(2) + "\"\\s+checked")
				.containsPattern(v + codes.get(0) + "\">");
		// a fresh page shows what is stored
		assertThat(mvc.perform(get("/evaluations/{e}/indicators/3", a.evaluationId()).with(user(a.operator()))).andReturn()
				.getResponse().getContentAsString()).containsPattern(v + codes.get(0) + "\"\\s+checked")
				.containsPattern(v + codes.get(1) + "\">");
	}

	@Test
	void anIndicatorFedByANationalIndexIsNotAssignedAndHasNoTick() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		long id = a.evaluationId();

		MvcResult refused = mvc.perform(post("/evaluations/{id}/assign", id).with(user(a.coordinator())).with(csrf())
				.param("numbers", "4", "5").param("operatorId", String.valueOf(a.operator().getId()))).andReturn();

		assertThat(Refusals.messages(messages, refused, "assignForm")).containsExactly(
				"Indikator 5 bernilai dari indeks nasional lain, bukan isian instansi, sehingga tidak dapat ditugaskan.");
		assertThat(assessments.get(id, 4).assigneeUserId()).isNull();
		assertThat(assessments.get(id, 5).assigneeUserId()).isNull();
		String page = Refusals.followed(mvc, refused, user(a.coordinator()));
		assertThat(page).containsPattern("name=\"numbers\"[^>]*value=\"4\"").doesNotContainPattern("name=\"numbers\"[^>]*value=\"5\"");
	}

	@Test
	void aRefusedHandBackShowsWhyInTheClarificationWithTheAnswerKept() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		transitions.requestClarification(c.team().lead(), c.id(), new Transitions.ClarificationRequest(List.of(3),
				"Lampirkan SK", LocalDate.now().plusDays(5)));
		String answer = "Jawaban yang panjang ".repeat(Transitions.MAX_NOTE / 10);

		MvcResult refused = mvc.perform(post("/evaluations/{id}/transition", c.id()).param("action", "HAND_BACK")
				.param("note", answer).with(user(c.agency().coordinator())).with(csrf()))
				.andExpect(redirectedUrl("/evaluations/" + c.id())).andReturn();

		assertThat(Refusals.messages(messages, refused, "transitionForm")).singleElement().asString()
				.startsWith("Catatan terlalu panjang");
		String page = Refusals.followed(mvc, refused, user(c.agency().coordinator()));
		String panel = page.substring(page.indexOf("data-testid=\"clarification-panel\""));
		assertThat(panel).contains("Catatan terlalu panjang").contains(answer.strip());
		assertThat(access.require(c.agency().coordinator(), c.id()).state())
				.isEqualTo(EvaluationState.DOCUMENT_REVIEW_CLARIFICATION);
	}

	@Test
	void aRefusedLinkIsShownBesideWhatWasTyped() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		long id = a.evaluationId();
		long evidence = evidenceCount(id);
		MvcResult result = mvc.perform(post("/evaluations/{id}/indicators/1/evidence/link", id)
				.param("url", "https://a.go.id/laporan").param("accessedOn", "kemarin").param("levels", "2", "x")
				.param("title", "Laporan tahunan").param("note", "Halaman 4").with(user(a.operator())).with(csrf()))
				.andReturn();

		assertThat(Refusals.messages(messages, result, "linkForm")).containsExactly(
				"Bukan tanggal yang sah (tulis TTTT-BB-HH): \"kemarin\".", "Bukan angka yang sah: \"x\".");
		String page = Refusals.followed(mvc, result, user(a.operator()));
		assertThat(page).contains("Bukan tanggal yang sah (tulis TTTT-BB-HH): &quot;kemarin&quot;.")
				.contains("Bukan angka yang sah: &quot;x&quot;.").contains("value=\"https://a.go.id/laporan\"")
				.contains("value=\"kemarin\"").contains("value=\"Laporan tahunan\"").contains("value=\"Halaman 4\"")
				.containsPattern("id=\"llevel2\"[^>]*checked=\"checked\"").doesNotContainPattern("id=\"llevel3\"[^>]*checked");
		assertThat(evidenceCount(id)).isEqualTo(evidence);
	}

	private long evidenceCount(long evaluationId) {
		return jdbc.queryForObject("select count(*) from evidence where evaluation_id = ?", Long.class, evaluationId);
	}

	@Test
	void aTamperedVersionIsRefusedOnTheFormWithTheTypedEntryKept() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		long id = a.evaluationId();

		mvc.perform(post("/evaluations/{id}/indicators/3", id).with(user(a.operator())).with(csrf())
				.param("level", "4").param("justification", "Penjelasan saya").param("version", "abc"))
				.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("entryForm", "version", "form.error.number"))
				.andExpect(content().string(containsString("Bukan angka yang sah: &quot;abc&quot;.")))
				.andExpect(content().string(containsString("Penjelasan saya")));
		assertThat(assessments.get(id, 3).selfLevel()).isNull();
	}

	@Test
	void aRefusedLinkReturnsToTheLinkFormAndRepeatsOnlyTheStartOfALongAddress() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		long id = a.evaluationId();
		String address = "javascript:" + "x".repeat(1985);

		MvcResult refused = mvc.perform(post("/evaluations/{id}/indicators/4/evidence/link", id).with(user(a.operator()))
				.with(csrf()).param("url", address).param("accessedOn", "2021-07-01").param("levels", "1")
				.param("title", "Judul saya")).andExpect(redirectedUrl("/evaluations/" + id + "/indicators/4#link")).andReturn();
		List<String> reasons = Refusals.messages(messages, refused, "linkForm");
		assertThat(reasons).singleElement().satisfies(r -> assertThat(r).hasSizeLessThan(200).contains("javascript:xxx"));
		assertThat(jdbc.queryForObject("select count(*) from evidence where evaluation_id = ?", Long.class, id)).isZero();
	}
}
