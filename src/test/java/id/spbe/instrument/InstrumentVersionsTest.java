package id.spbe.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The life of an instrument version through {@link InstrumentVersions}: drafts, locking, problems,
 * publish, retire, delete. Each test works on an instrument code of its own (a copy of a bundled
 * file stored as version 1 and published), so the bundled versions other tests use never change.
 */
@IntegrationTest
class InstrumentVersionsTest {

	@Autowired
	InstrumentVersions versions;
	@Autowired
	InstrumentCatalog catalog;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;

	CurrentUser admin() {
		return fixtures.login("admin");
	}

	/** A published copy of a bundled instrument under a fresh code; returns the code. */
	String publishedCopy(InstrumentDefinition bundled) {
		String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
		versions.storeImported(admin(), InstrumentVersionTrees.withIdentity(bundled, code, 1, InstrumentStatus.DRAFT), "test");
		versions.publish(admin(), code, 1);
		return code;
	}

	/**
	 * Published test copies cannot be deleted through the product (by design), and other tests
	 * count the listed instruments: remove this class's own codes directly.
	 */
	@AfterEach
	void removeTestInstruments() {
		jdbc.update("delete from instrument where code like 't-%'");
	}

	@Test
	void aCopyIsTheNextVersionAsADraftWithTheSameContent() {
		String code = publishedCopy(BundledInstruments.spbe2020());

		InstrumentVersions.VersionKey copy = versions.copy(admin(), code, 1);

		assertThat(copy.version()).isEqualTo(2);
		assertThat(copy.status()).isEqualTo(InstrumentStatus.DRAFT);
		InstrumentVersionViews.StoredVersion draft = versions.draft(admin(), code, 2);
		assertThat(draft.editable()).isTrue();
		assertThat(InstrumentComparison.compare(versions.tree(admin(), code, 1), draft.tree())).isEmpty();
		assertThat(InstrumentDocuments.contentChecksum(draft.tree()))
				.isEqualTo(InstrumentDocuments.contentChecksum(versions.tree(admin(), code, 1)));
		// the published version stays the current one
		assertThat(catalog.current(code).orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void anInvalidDraftIsSavedButNotPublished() {
		String code = publishedCopy(BundledInstruments.pemdi2026());
		versions.copy(admin(), code, 1);
		InstrumentVersionViews.StoredVersion draft = versions.draft(admin(), code, 2);
		InstrumentDefinition broken = Trees.withIndicatorWeight(draft.tree(), 1, new BigDecimal("7"));

		long lock = versions.save(admin(), code, 2, broken, draft.lock());

		assertThat(lock).isGreaterThan(draft.lock());
		assertThat(versions.draft(admin(), code, 2).tree().indicator(1).orElseThrow().weight()).isEqualByComparingTo("7");
		List<InstrumentProblem> problems = versions.problems(admin(), code, 2);
		assertThat(problems).extracting(InstrumentProblem::rule)
				.contains("instrument.rule.weightsSum", "instrument.rule.parentWeight");
		assertThatThrownBy(() -> versions.publish(admin(), code, 2)).isInstanceOf(InstrumentProblemsException.class);
		assertThat(versions.draft(admin(), code, 2).status()).isEqualTo(InstrumentStatus.DRAFT);
	}

	@Test
	void aSecondSaveOnTheSameLockIsRefusedWithWhatChanged() {
		String code = publishedCopy(BundledInstruments.spbe2020());
		versions.copy(admin(), code, 1);
		InstrumentVersionViews.StoredVersion opened = versions.draft(admin(), code, 2);
		versions.save(admin(), code, 2, Trees.withIndicatorWeight(opened.tree(), 1, new BigDecimal("2")), opened.lock());

		assertThatThrownBy(() -> versions.save(admin(), code, 2, opened.tree(), opened.lock()))
				.isInstanceOfSatisfying(StaleDraftException.class, e -> {
					assertThat(e.changedBy()).isEqualTo("admin");
					assertThat(e.changes()).containsExactly(
							new InstrumentChange(InstrumentPlace.indicator(1), "weight", "1.3", "2"));
				});
		assertThat(versions.draft(admin(), code, 2).tree().indicator(1).orElseThrow().weight()).isEqualByComparingTo("2");
	}

	@Test
	void publishedVersionsNeverChangeAndRetiringKeepsThem() {
		String code = publishedCopy(BundledInstruments.spbe2020());
		InstrumentVersionViews.StoredVersion published = versions.draft(admin(), code, 1);

		assertThatThrownBy(() -> versions.save(admin(), code, 1, published.tree(), published.lock()))
				.isInstanceOfSatisfying(RuleViolationException.class,
						e -> assertThat(e.getMessageKey()).isEqualTo("instrument.error.notDraft"));
		assertThatThrownBy(() -> versions.delete(admin(), code, 1)).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> versions.publish(admin(), code, 1)).isInstanceOf(RuleViolationException.class);

		versions.retire(admin(), code, 1);

		assertThat(versions.draft(admin(), code, 1).status()).isEqualTo(InstrumentStatus.RETIRED);
		assertThat(catalog.byId(published.id()).orElseThrow().status()).isEqualTo(InstrumentStatus.RETIRED);
		assertThat(versions.tree(admin(), code, 1).allIndicators()).hasSize(47);
	}

	@Test
	void anUnusedDraftIsDeleted() {
		String code = publishedCopy(BundledInstruments.spbe2020());
		versions.copy(admin(), code, 1);

		versions.delete(admin(), code, 2);

		assertThat(versions.versions(admin(), code)).extracting(InstrumentVersionViews.VersionRow::version).containsExactly(1);
	}

	@Test
	void anEmptyInstrumentIsADraftThatOnlyTheVersionListShows() {
		String code = "t-" + UUID.randomUUID().toString().substring(0, 8);

		InstrumentVersions.VersionKey key = versions.createEmpty(admin(), new InstrumentVersions.NewInstrument(code,
				new Text("Instrumen uji", "Test instrument"), "PermenPANRB 1/2030", true, BigDecimal.ONE, new BigDecimal(5)));

		assertThat(key).isEqualTo(new InstrumentVersions.VersionKey(code, 1, InstrumentStatus.DRAFT));
		assertThat(versions.versions(admin(), code)).singleElement().satisfies(row -> {
			assertThat(row.lastAction()).isEqualTo(InstrumentAction.INSTRUMENT_CREATED);
			assertThat(row.changedBy()).isEqualTo("admin");
			assertThat(row.editable()).isTrue();
		});
		assertThat(versions.problems(admin(), code, 1)).extracting(InstrumentProblem::rule)
				.contains("instrument.rule.noScale", "instrument.rule.noBand", "instrument.rule.noAspect");
		// drafts are never served to the instrument browser or the read API
		assertThat(catalog.current(code)).isEmpty();
		assertThat(catalog.list()).noneMatch(s -> s.code().equals(code));
		assertThatThrownBy(() -> versions.createEmpty(admin(), new InstrumentVersions.NewInstrument(code,
				new Text("Lagi", "Again"), "x", true, BigDecimal.ONE, new BigDecimal(5))))
				.isInstanceOfSatisfying(RuleViolationException.class,
						e -> assertThat(e.getMessageKey()).isEqualTo("instrument.error.codeExists"));
	}

	@Test
	void nobodyButAnAdministratorManagesVersions() {
		Fixtures.TestAgency agency = fixtures.newAgency("spbe-2020");
		for (CurrentUser user : new CurrentUser[] { agency.coordinator(), agency.operator() }) {
			assertThatThrownBy(() -> versions.copy(user, "spbe-2020", 1)).isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("instrument.error.adminOnly"));
			assertThatThrownBy(() -> versions.versions(user)).isInstanceOf(RuleViolationException.class);
		}
	}

	@Test
	void comparingSpbe2020WithAnEditedCopyListsExactlyTheEdits() {
		InstrumentVersions.VersionKey copy = versions.copy(admin(), "spbe-2020", 1);
		InstrumentVersionViews.StoredVersion draft = versions.draft(admin(), "spbe-2020", copy.version());
		InstrumentDefinition edited = Trees.mapIndicators(draft.tree(), i -> switch (i.number()) {
			case 1 -> Trees.with(i, new BigDecimal("1.0"), 3, "Kriteria baru level 3", null);
			case 2 -> Trees.with(i, new BigDecimal("1.6"), 2, null, "New evidence expected at level 2");
			default -> i;
		});
		versions.save(admin(), "spbe-2020", copy.version(), edited, draft.lock());

		List<InstrumentChange> changes = versions.compare(admin(), "spbe-2020", 1, copy.version());

		InstrumentDefinition.Indicator one = BundledInstruments.spbe2020().indicator(1).orElseThrow();
		InstrumentDefinition.Indicator two = BundledInstruments.spbe2020().indicator(2).orElseThrow();
		assertThat(changes).containsExactly(
				new InstrumentChange(InstrumentPlace.indicator(1), "weight", "1.3", "1"),
				new InstrumentChange(InstrumentPlace.indicator(1).atLevel(3), "criterion.id",
						one.levels().get(3).criterion().id(), "Kriteria baru level 3"),
				new InstrumentChange(InstrumentPlace.indicator(2), "weight", "1.3", "1.6"),
				new InstrumentChange(InstrumentPlace.indicator(2).atLevel(2), "evidenceExpected.en",
						two.levels().get(2).evidenceExpected().en(), "New evidence expected at level 2"));
		assertThat(versions.problems(admin(), "spbe-2020", copy.version())).isEmpty();
		versions.delete(admin(), "spbe-2020", copy.version());
	}

	@Test
	void comparingPemdiWithAChangedEvidenceItemListsThatItem() {
		String code = publishedCopy(BundledInstruments.pemdi2026());
		versions.copy(admin(), code, 1);
		InstrumentVersionViews.StoredVersion draft = versions.draft(admin(), code, 2);
		InstrumentDefinition edited = Trees.mapIndicators(draft.tree(), i -> i.number() != 4 ? i
				: new InstrumentDefinition.Indicator(i.number(), i.name(), i.weight(), i.scale(), i.explanation(),
						i.evidenceGuidance(), i.valueSource(), i.externalIndex(), i.levels(), i.evidenceItems().stream()
								.map(item -> !item.code().equals("I4-L2-01") ? item
										: new InstrumentDefinition.EvidenceItem(item.code(), item.level(),
												new Text("Butir baru", item.description().en())))
								.toList()));
		versions.save(admin(), code, 2, edited, draft.lock());

		List<InstrumentChange> changes = versions.compare(admin(), code, 1, 2);

		assertThat(changes).extracting(InstrumentChange::place, InstrumentChange::field, InstrumentChange::newValue)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(
						InstrumentPlace.indicator(4).atItem("I4-L2-01").atLevel(2), "description.id", "Butir baru"));
	}

	@Test
	void twoAdministratorsSavingTheSameDraftAtOnce() throws Exception {
		String code = publishedCopy(BundledInstruments.spbe2020());
		versions.copy(admin(), code, 1);
		InstrumentVersionViews.StoredVersion opened = versions.draft(admin(), code, 2);
		java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<Object>> saves = new ArrayList<>();
			for (String weight : new String[] { "1.1", "1.5" }) {
				saves.add(pool.submit(() -> {
					start.await();
					try {
						return versions.save(admin(), code, 2,
								Trees.withIndicatorWeight(opened.tree(), 1, new BigDecimal(weight)), opened.lock());
					}
					catch (StaleDraftException e) {
						return e;
					}
				}));
			}
			List<Object> results = new ArrayList<>();
			for (var save : saves) {
				results.add(save.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(results).filteredOn(r -> r instanceof Long).hasSize(1);
			assertThat(results).filteredOn(r -> r instanceof StaleDraftException).hasSize(1);
			int winner = results.get(0) instanceof Long ? 0 : 1;
			assertThat(versions.draft(admin(), code, 2).tree().indicator(1).orElseThrow().weight())
					.isEqualByComparingTo(winner == 0 ? "1.1" : "1.5");
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Small edits of a tree for tests. */
	static final class Trees {

		static InstrumentDefinition withIndicatorWeight(InstrumentDefinition d, int number, BigDecimal weight) {
			return mapIndicators(d, i -> i.number() != number ? i
					: new InstrumentDefinition.Indicator(i.number(), i.name(), weight, i.scale(), i.explanation(),
							i.evidenceGuidance(), i.valueSource(), i.externalIndex(), i.levels(), i.evidenceItems()));
		}

		/** The indicator with another weight and, at {@code level}, another criterion (id) or expected evidence (en). */
		static InstrumentDefinition.Indicator with(InstrumentDefinition.Indicator i, BigDecimal weight, int level,
				String criterionId, String evidenceEn) {
			java.util.Map<Integer, InstrumentDefinition.Level> levels = new java.util.LinkedHashMap<>(i.levels());
			InstrumentDefinition.Level l = levels.get(level);
			levels.put(level, new InstrumentDefinition.Level(
					criterionId == null ? l.criterion() : new Text(criterionId, l.criterion().en()),
					evidenceEn == null ? l.evidenceExpected() : new Text(l.evidenceExpected().id(), evidenceEn)));
			return new InstrumentDefinition.Indicator(i.number(), i.name(), weight, i.scale(), i.explanation(),
					i.evidenceGuidance(), i.valueSource(), i.externalIndex(), levels, i.evidenceItems());
		}

		static InstrumentDefinition mapIndicators(InstrumentDefinition d,
				java.util.function.UnaryOperator<InstrumentDefinition.Indicator> f) {
			java.util.function.UnaryOperator<InstrumentDefinition.Aspect> aspect = a -> new InstrumentDefinition.Aspect(a.code(),
					a.name(), a.weight(), a.indicators().stream().map(f).toList());
			List<InstrumentDefinition.Domain> domains = new ArrayList<>();
			d.domains().forEach(dom -> domains.add(new InstrumentDefinition.Domain(dom.code(), dom.name(), dom.weight(),
					dom.aspects().stream().map(aspect).toList())));
			return new InstrumentDefinition(d.code(), d.version(), d.name(), d.regulation(), d.status(), d.fractionalValues(),
					d.scaleMin(), d.scaleMax(), d.indexName(), d.sourceNote(), d.scales(), d.bands(), domains,
					d.aspects().stream().map(aspect).toList());
		}
	}
}
