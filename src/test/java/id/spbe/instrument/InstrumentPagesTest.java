package id.spbe.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.user.CurrentUser;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.validation.BindingResult;

/**
 * The instrument version pages through MockMvc: saves of every page, the bad inputs of issue 11
 * (each refused with its message, the typed text kept, nothing stored), a stale save, a crafted
 * POST on a published version, publishing an invalid draft, and deleting a draft.
 */
@IntegrationTest
class InstrumentPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	InstrumentVersions versions;

	CurrentUser admin;

	@BeforeEach
	void admin() {
		admin = fixtures.login("admin");
	}

	private final List<Integer> created = new java.util.ArrayList<>();

	/** A fresh draft copied from SPBE 2020 version 1; removed after the test, since other tests count versions. */
	private int draft() {
		int version = versions.copy(admin, "spbe-2020", 1).version();
		created.add(version);
		return version;
	}

	@org.junit.jupiter.api.AfterEach
	void removeDrafts() {
		for (int version : created) {
			if (versions.versions(admin, "spbe-2020").stream().anyMatch(r -> r.version() == version && r.editable())) {
				versions.delete(admin, "spbe-2020", version);
			}
		}
	}

	private InstrumentDefinition stored(int version) {
		return versions.draft(admin, "spbe-2020", version).tree();
	}

	private long lock(int version) {
		return versions.draft(admin, "spbe-2020", version).lock();
	}

	/**
	 * The structure form of the stored draft as the page sends it, every row unchanged but for
	 * {@code changes} (field, value pairs), which replace what the page would send.
	 */
	private MockHttpServletRequestBuilder structure(int version, long lock, String... changes) {
		LinkedMultiValueMap<String, String> p = new LinkedMultiValueMap<>();
		p.set("lock", String.valueOf(lock));
		StructureForm form = StructureForm.of(stored(version), lock);
		rows(p, "domains", form.getDomains());
		rows(p, "aspects", form.getAspects());
		rows(p, "indicators", form.getIndicators());
		for (int i = 0; i < changes.length; i += 2) {
			p.set(changes[i], changes[i + 1]);
		}
		return post("/admin/instruments/spbe-2020/versions/{v}/structure", version).with(user(admin)).with(csrf())
				.params(p);
	}

	private static void rows(LinkedMultiValueMap<String, String> p, String list, List<StructureForm.Row> rows) {
		for (int i = 0; i < rows.size(); i++) {
			StructureForm.Row r = rows.get(i);
			String k = list + "[" + i + "].";
			p.set(k + "key", r.getKey());
			p.set(k + "code", r.getCode());
			p.set(k + "nameId", r.getNameId());
			p.set(k + "nameEn", r.getNameEn());
			p.set(k + "weight", r.getWeight());
			p.set(k + "order", r.getOrder());
			if (r.getParent() != null) {
				p.set(k + "parent", r.getParent());
			}
		}
	}

	@Test
	void theBrowserShowsTheVersionAskedForButNeverADraft() throws Exception {
		int v = draft();
		CurrentUser operator = fixtures.newAgency("spbe-2020").operator();
		Object shown = mvc.perform(get("/instruments/spbe-2020").param("version", "1").with(user(operator)))
				.andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("instrument");
		assertThat(((InstrumentDefinition) shown).version()).isEqualTo(1);
		mvc.perform(get("/instruments/spbe-2020").param("version", "" + v).with(user(operator)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/instruments/spbe-2020").param("version", "" + v).with(user(admin)))
				.andExpect(status().isNotFound());
	}

	@Test
	void theListShowsEveryVersionWithItsStatusAndUse() throws Exception {
		int v = draft();
		mvc.perform(get("/admin/instruments").with(user(admin))).andExpect(status().isOk())
				.andExpect(content().string(containsString("data-code=\"spbe-2020\" data-version=\"" + v + "\" data-status=\"DRAFT\"")))
				.andExpect(content().string(containsString("Evaluasi SPBE 2021")));
	}

	@Test
	void aWeightMovedBetweenTwoIndicatorsIsSavedAndTheDraftStaysValid() throws Exception {
		int v = draft();
		long lock = lock(v);
		mvc.perform(structure(v, lock, "indicators[0].weight", "1,5", "indicators[1].weight", "1.1"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/admin/instruments/spbe-2020/versions/" + v + "/structure"));
		assertThat(stored(v).indicator(1).orElseThrow().weight()).isEqualByComparingTo("1.5");
		assertThat(stored(v).indicator(2).orElseThrow().weight()).isEqualByComparingTo("1.1");
		assertThat(versions.problems(admin, "spbe-2020", v)).isEmpty();
		assertThat(lock(v)).isNotEqualTo(lock);
	}

	@Test
	void anInvalidDraftIsSavedAndEveryProblemIsShownWithItsPlace() throws Exception {
		int v = draft();
		mvc.perform(structure(v, lock(v), "indicators[0].weight", "5", "indicators[1].code", "3"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/instruments/spbe-2020/versions/{v}/structure", v).with(user(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-testid=\"problems-count\"")))
				.andExpect(content().string(containsString("Aspek A1")))
				.andExpect(content().string(containsString("Indikator 3")));
		assertThat(versions.problems(admin, "spbe-2020", v)).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void anEmptyInstrumentsMissingBandsAreNamedAsThePredikatListNotAsBandNull() throws Exception {
		String code = "kosong-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/instruments").param("code", code).param("nameId", "Kosong").param("nameEn", "Empty")
				.param("regulation", "").param("scaleMin", "1").param("scaleMax", "5").with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/admin/instruments/" + code + "/versions/1"));
		try {
			mvc.perform(get("/admin/instruments/{c}/versions/1", code).with(user(admin)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("Daftar predikat")))
					.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Predikat null"))));
		}
		finally {
			versions.delete(admin, code, 1);
		}
	}

	@Test
	void badNumbersAndTooLongTextsAreRefusedBesideTheirFieldsKeepingWhatWasTyped() throws Exception {
		int v = draft();
		long lock = lock(v);
		mvc.perform(structure(v, lock, "indicators[0].weight", "satu koma lima",
				"indicators[1].weight", "1e5", "indicators[2].nameId", "x".repeat(501)))
				.andExpect(status().isBadRequest())
				.andExpect(model().attributeHasFieldErrorCode("structureForm", "indicators[0].weight", "form.error.number"))
				.andExpect(model().attributeHasFieldErrorCode("structureForm", "indicators[1].weight", "form.error.numberTooLong"))
				.andExpect(model().attributeHasFieldErrorCode("structureForm", "indicators[2].nameId", "instrumentEdit.error.tooLong"))
				.andExpect(content().string(containsString("value=\"satu koma lima\"")));
		assertThat(lock(v)).isEqualTo(lock);
		assertThat(versions.compare(admin, "spbe-2020", 1, v)).isEmpty();
	}

	@Test
	void anIndicatorLeftInARemovedAspectIsRefusedAndNothingChanges() throws Exception {
		int v = draft();
		long lock = lock(v);
		mvc.perform(structure(v, lock, "aspects[0].remove", "true"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Indikator 1 masih berada di aspek yang dihapus")));
		assertThat(lock(v)).isEqualTo(lock);
	}

	@Test
	void aStaleSaveIsRefusedWithWhatChangedAndKeepsWhatWasTyped() throws Exception {
		int v = draft();
		long lock = lock(v);
		mvc.perform(structure(v, lock, "indicators[0].weight", "1.5", "indicators[1].weight", "1.1"))
				.andExpect(status().is3xxRedirection());
		long newer = lock(v);

		var result = mvc.perform(structure(v, lock, "indicators[0].nameId", "Nama yang saya ketik"))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("Orang lain (admin")))
				.andExpect(content().string(containsString("data-testid=\"stale\"")))
				.andExpect(content().string(containsString("value=\"Nama yang saya ketik\"")))
				.andReturn();
		StructureForm kept = (StructureForm) result.getModelAndView().getModel().get("structureForm");
		assertThat(kept.getLock()).isEqualTo(String.valueOf(newer));
		assertThat(stored(v).indicator(1).orElseThrow().name().id()).isNotEqualTo("Nama yang saya ketik");
		assertThat(stored(v).indicator(1).orElseThrow().weight()).isEqualByComparingTo("1.5");
	}

	@Test
	void aCraftedSaveOnAPublishedVersionIsRefusedAndTheEditorIsReadOnly() throws Exception {
		InstrumentDefinition before = stored(1);
		mvc.perform(post("/admin/instruments/spbe-2020/versions/1/indicators/0").with(user(admin)).with(csrf())
				.param("lock", String.valueOf(lock(1))).param("nameId", "Diubah").param("nameEn", "Changed"))
				.andExpect(status().isConflict())
				.andExpect(model().attributeHasErrors("indicatorForm"));
		assertThat(stored(1)).isEqualTo(before);
		mvc.perform(get("/admin/instruments/spbe-2020/versions/1").with(user(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-testid=\"read-only\"")))
				.andExpect(content().string(containsString("<fieldset disabled=\"disabled\">")));
	}

	@Test
	void anIndicatorsCriterionAndEvidenceItemsAreSaved() throws Exception {
		int v = draft();
		mvc.perform(post("/admin/instruments/spbe-2020/versions/{v}/indicators/11", v).with(user(admin)).with(csrf())
				.param("lock", String.valueOf(lock(v))).params(indicatorParams(stored(v), 11, "levels[2].criterionId",
						"Kriteria baru level 3", "items[0].code", "I12-L3-01", "items[0].level", "3", "items[0].descriptionId",
						"Dokumen", "items[0].descriptionEn", "Document")))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attributeExists("success"));
		InstrumentDefinition.Indicator twelve = stored(v).indicator(12).orElseThrow();
		assertThat(twelve.levels().get(3).criterion().id()).isEqualTo("Kriteria baru level 3");
		assertThat(twelve.levels().get(3).criterion().en()).isEqualTo(stored(1).indicator(12).orElseThrow().levels().get(3).criterion().en());
		assertThat(twelve.evidenceItems()).extracting(InstrumentDefinition.EvidenceItem::code).containsExactly("I12-L3-01");
		assertThat(versions.compare(admin, "spbe-2020", 1, v)).hasSize(2);
	}

	@Test
	void publishingAnInvalidDraftIsRefusedWithItsProblemsAndDeletingAnUnusedDraftWorks() throws Exception {
		int v = draft();
		mvc.perform(structure(v, lock(v), "indicators[0].weight", "5")).andExpect(status().is3xxRedirection());
		var refused = mvc.perform(post("/admin/instruments/spbe-2020/versions/{v}/publish", v).with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/admin/instruments/spbe-2020/versions/" + v))
				.andReturn();
		BindingResult errors = (BindingResult) refused.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "actionForm");
		assertThat(errors.getGlobalError().getCode()).isEqualTo("instrumentEdit.error.invalid");
		assertThat(versions.draft(admin, "spbe-2020", v).status()).isEqualTo(InstrumentStatus.DRAFT);

		mvc.perform(post("/admin/instruments/spbe-2020/versions/{v}/delete", v).with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/admin/instruments"));
		assertThat(versions.versions(admin, "spbe-2020")).noneMatch(r -> r.version() == v);
	}

	@Test
	void deletingOrRetiringWhatTheRulesForbidIsRefusedWithTheReason() throws Exception {
		var deleted = mvc.perform(post("/admin/instruments/spbe-2020/versions/1/delete").with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/admin/instruments")).andReturn();
		BindingResult errors = (BindingResult) deleted.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "actionForm");
		assertThat(errors.hasGlobalErrors()).isTrue();
		assertThat(versions.draft(admin, "spbe-2020", 1).status()).isEqualTo(InstrumentStatus.PUBLISHED);
		int v = draft();
		var retired = mvc.perform(post("/admin/instruments/spbe-2020/versions/{v}/retire", v).with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/admin/instruments")).andReturn();
		assertThat(((BindingResult) retired.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "actionForm")).hasGlobalErrors()).isTrue();
	}

	@Test
	void theComparePageListsTheChangesOldAndNew() throws Exception {
		int v = draft();
		mvc.perform(structure(v, lock(v), "indicators[0].weight", "1.5", "indicators[1].weight", "1.1"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/instruments/spbe-2020/compare").param("from", "1").param("to", String.valueOf(v)).with(user(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Versi 1 dibandingkan versi " + v + ": 2 perubahan.")))
				.andExpect(content().string(containsString("data-testid=\"publish-panel\"")));
		mvc.perform(get("/admin/instruments/spbe-2020/compare").param("from", "x").param("to", "999").with(user(admin)))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("compareForm", "from", "form.error.number"))
				.andExpect(model().attributeHasFieldErrorCode("compareForm", "to", "instrumentEdit.error.noSuchVersion"));
	}

	private static LinkedMultiValueMap<String, String> indicatorParams(InstrumentDefinition d, int position, String... changes) {
		IndicatorForm form = IndicatorForm.of(d, d.allIndicators().get(position), 0);
		LinkedMultiValueMap<String, String> p = new LinkedMultiValueMap<>();
		p.add("nameId", form.getNameId());
		p.add("nameEn", form.getNameEn());
		p.add("scale", form.getScale());
		p.add("valueSource", form.getValueSource());
		for (int i = 0; i < form.getLevels().size(); i++) {
			IndicatorFormRows.LevelRow l = form.getLevels().get(i);
			String k = "levels[" + i + "].";
			p.add(k + "level", l.getLevel());
			p.add(k + "criterionId", l.getCriterionId());
			p.add(k + "criterionEn", l.getCriterionEn());
			p.add(k + "evidenceId", l.getEvidenceId());
			p.add(k + "evidenceEn", l.getEvidenceEn());
		}
		if (form.getExplanationId() != null) {
			p.add("explanationId", form.getExplanationId());
			p.add("explanationEn", form.getExplanationEn());
		}
		if (form.getEvidenceGuidanceId() != null) {
			p.add("evidenceGuidanceId", form.getEvidenceGuidanceId());
			p.add("evidenceGuidanceEn", form.getEvidenceGuidanceEn());
		}
		for (int i = 0; i < changes.length; i += 2) {
			p.set(changes[i], changes[i + 1]);
		}
		return p;
	}
}
