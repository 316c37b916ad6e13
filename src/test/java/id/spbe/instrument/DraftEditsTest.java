package id.spbe.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.common.RuleViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor's changes as pure functions on the bundled instruments, checked with the validator. */
class DraftEditsTest {

	private final InstrumentDefinition spbe = BundledInstruments.spbe2020();
	private final InstrumentDefinition pemdi = BundledInstruments.pemdi2026();

	@Test
	void theUnchangedStructureGivesBackTheSameInstrument() {
		assertThat(DraftEdits.restructure(spbe, DraftStructure.of(spbe))).isEqualTo(spbe);
		assertThat(DraftEdits.restructure(pemdi, DraftStructure.of(pemdi))).isEqualTo(pemdi);
		assertThat(DraftEdits.sumParentWeights(spbe)).isEqualTo(spbe);
	}

	@Test
	void weightMovedBetweenTwoIndicatorsOfOneAspectKeepsTheInstrumentValid() {
		DraftStructure s = DraftStructure.of(spbe);
		List<DraftStructure.IndicatorRow> rows = new ArrayList<>(s.indicators());
		rows.set(0, weighted(rows.get(0), "1.5"));
		rows.set(1, weighted(rows.get(1), "1.1"));
		InstrumentDefinition changed = DraftEdits.restructure(spbe, new DraftStructure(s.domains(), s.aspects(), rows));

		assertThat(changed.indicator(1).orElseThrow().weight()).isEqualByComparingTo("1.5");
		assertThat(changed.indicator(2).orElseThrow().weight()).isEqualByComparingTo("1.1");
		assertThat(changed.indicator(1).orElseThrow().levels()).isEqualTo(spbe.indicator(1).orElseThrow().levels());
		assertThat(InstrumentValidator.validate(changed, "draft")).isEmpty();
	}

	@Test
	void movingAnIndicatorToAnotherAspectKeepsItsContentAndTheValidatorNamesBothAspects() {
		DraftStructure s = DraftStructure.of(spbe);
		List<DraftStructure.IndicatorRow> rows = new ArrayList<>(s.indicators());
		DraftStructure.IndicatorRow ten = rows.remove(9);
		// into aspect A2 (key a1), after indicator 11
		rows.add(10, new DraftStructure.IndicatorRow(ten.key(), "a1", 10, ten.name(), ten.weight()));
		InstrumentDefinition changed = DraftEdits.restructure(spbe, new DraftStructure(s.domains(), s.aspects(), rows));

		InstrumentDefinition.Aspect a1 = changed.allAspects().get(0);
		InstrumentDefinition.Aspect a2 = changed.allAspects().get(1);
		assertThat(a1.indicators()).extracting(InstrumentDefinition.Indicator::number).doesNotContain(10);
		assertThat(a2.indicators()).extracting(InstrumentDefinition.Indicator::number).containsExactly(11, 10, 12, 13, 14);
		assertThat(changed.indicator(10).orElseThrow()).isEqualTo(spbe.indicator(10).orElseThrow());
		assertThat(InstrumentValidator.validate(changed, "draft"))
				.anyMatch(p -> p.contains("aspect A1") && p.contains("sum of its indicator weights"))
				.anyMatch(p -> p.contains("aspect A2") && p.contains("sum of its indicator weights"));
		assertThat(InstrumentValidator.validate(DraftEdits.sumParentWeights(changed), "draft")).isEmpty();
	}

	@Test
	void aspectsAreRenamedReorderedAndMovedBetweenDomains() {
		DraftStructure s = DraftStructure.of(spbe);
		List<DraftStructure.AspectRow> aspects = new ArrayList<>(s.aspects());
		DraftStructure.AspectRow a3 = aspects.remove(2);
		aspects.add(1, new DraftStructure.AspectRow(a3.key(), a3.domainKey(), "A3X", new Text("TIK", "ICT"), a3.weight()));
		InstrumentDefinition changed = DraftEdits.restructure(spbe, new DraftStructure(s.domains(), aspects, s.indicators()));

		assertThat(changed.domains().get(1).aspects()).extracting(InstrumentDefinition.Aspect::code)
				.containsExactly("A3X", "A2", "A4");
		assertThat(changed.domains().get(1).aspects().get(0).indicators()).extracting(InstrumentDefinition.Indicator::number)
				.containsExactly(15, 16, 17, 18);
		assertThat(InstrumentValidator.validate(changed, "draft")).isEmpty();

		List<DraftStructure.AspectRow> moved = new ArrayList<>(s.aspects());
		moved.set(3, new DraftStructure.AspectRow("a3", "d0", "A4", moved.get(3).name(), moved.get(3).weight()));
		InstrumentDefinition movedAspect = DraftEdits.restructure(spbe, new DraftStructure(s.domains(), moved, s.indicators()));
		assertThat(movedAspect.domains().get(0).aspects()).extracting(InstrumentDefinition.Aspect::code).containsExactly("A1", "A4");
		assertThat(InstrumentValidator.validate(movedAspect, "draft")).anyMatch(p -> p.contains("domain D1"));
	}

	@Test
	void addedAndRemovedRowsAreAddedAndRemoved() {
		DraftStructure s = DraftStructure.of(spbe);
		List<DraftStructure.DomainRow> domains = new ArrayList<>(s.domains());
		domains.add(new DraftStructure.DomainRow("new", "D5", new Text("Baru", "New"), BigDecimal.ONE));
		List<DraftStructure.AspectRow> aspects = new ArrayList<>(s.aspects());
		aspects.add(new DraftStructure.AspectRow("newA", "new", "A9", new Text("Aspek", "Aspect"), BigDecimal.ONE));
		List<DraftStructure.IndicatorRow> indicators = new ArrayList<>(s.indicators());
		indicators.remove(46);
		indicators.add(new DraftStructure.IndicatorRow(null, "newA", 48, new Text("Baru", "New"), BigDecimal.ONE));
		InstrumentDefinition changed = DraftEdits.restructure(spbe, new DraftStructure(domains, aspects, indicators));

		assertThat(changed.indicator(47)).isEmpty();
		InstrumentDefinition.Indicator added = changed.indicator(48).orElseThrow();
		assertThat(added.scale()).isEqualTo("process");
		assertThat(added.levels()).isEmpty();
		assertThat(changed.domains()).extracting(InstrumentDefinition.Domain::code).endsWith("D5");
		assertThat(InstrumentValidator.validate(changed, "draft"))
				.anyMatch(p -> p.contains("indicator 48: no criterion for level 1"))
				.anyMatch(p -> p.contains("aspect A8"));
	}

	@Test
	void anIndicatorLeftInARemovedAspectIsRefused() {
		DraftStructure s = DraftStructure.of(spbe);
		List<DraftStructure.AspectRow> aspects = new ArrayList<>(s.aspects());
		aspects.remove(0);
		assertThatThrownBy(() -> DraftEdits.restructure(spbe, new DraftStructure(s.domains(), aspects, s.indicators())))
				.isInstanceOfSatisfying(RuleViolationException.class,
						e -> assertThat(e.getMessageKey()).isEqualTo("instrumentEdit.error.indicatorWithoutAspect"));
		List<DraftStructure.DomainRow> domains = new ArrayList<>(s.domains());
		domains.remove(0);
		assertThatThrownBy(() -> DraftEdits.restructure(spbe, new DraftStructure(domains, s.aspects(), s.indicators())))
				.isInstanceOfSatisfying(RuleViolationException.class,
						e -> assertThat(e.getMessageKey()).isEqualTo("instrumentEdit.error.aspectWithoutDomain"));
	}

	@Test
	void anIndicatorsCriterionChangesAndNothingElse() {
		InstrumentDefinition.Indicator twelve = spbe.indicator(12).orElseThrow();
		Map<Integer, InstrumentDefinition.Level> levels = new LinkedHashMap<>(twelve.levels());
		levels.put(3, new InstrumentDefinition.Level(new Text("Kriteria baru", "New criterion"), levels.get(3).evidenceExpected()));
		InstrumentDefinition changed = DraftEdits.withIndicator(spbe, 11, content(twelve, levels, twelve.evidenceItems()));

		assertThat(changed.indicator(12).orElseThrow().levels().get(3).criterion().id()).isEqualTo("Kriteria baru");
		assertThat(changed.indicator(12).orElseThrow().weight()).isEqualTo(twelve.weight());
		assertThat(changed.indicator(11)).isEqualTo(spbe.indicator(11));
		assertThat(InstrumentValidator.validate(changed, "draft")).isEmpty();

		levels.remove(5);
		InstrumentDefinition missing = DraftEdits.withIndicator(spbe, 11, content(twelve, levels, twelve.evidenceItems()));
		assertThat(InstrumentValidator.validate(missing, "draft")).containsExactly(
				"draft: indicator 12: no criterion for level 5 (rule: every indicator has a criterion for each level)");
	}

	@Test
	void evidenceItemsAreAddedEditedRemovedAndReordered() {
		InstrumentDefinition.Indicator four = pemdi.indicator(4).orElseThrow();
		List<InstrumentDefinition.EvidenceItem> items = new ArrayList<>(four.evidenceItems());
		InstrumentDefinition.EvidenceItem first = items.remove(0);
		items.add(new InstrumentDefinition.EvidenceItem(first.code(), first.level(), new Text("Diubah", "Changed")));
		items.add(new InstrumentDefinition.EvidenceItem("I4-L2-09", 2, new Text("Butir baru", "New item")));
		InstrumentDefinition changed = DraftEdits.withIndicator(pemdi, 3, content(four, four.levels(), items));

		List<InstrumentDefinition.EvidenceItem> now = changed.indicator(4).orElseThrow().evidenceItems();
		assertThat(now).hasSize(four.evidenceItems().size() + 1);
		assertThat(now.get(now.size() - 2).description().en()).isEqualTo("Changed");
		assertThat(now.get(0)).isEqualTo(four.evidenceItems().get(1));
		assertThat(InstrumentValidator.validate(changed, "draft")).isEmpty();

		items.add(new InstrumentDefinition.EvidenceItem("I4-L2-09", 2, new Text("Lagi", "Again")));
		assertThat(InstrumentValidator.validate(DraftEdits.withIndicator(pemdi, 3, content(four, four.levels(), items)), "draft"))
				.anyMatch(p -> p.contains("indicator 4: evidence item code I4-L2-09 missing or repeated"));
	}

	@Test
	void aValueSourceWithConversionBandsIsSetAndAGapIsNamed() {
		InstrumentDefinition.Indicator five = pemdi.indicator(5).orElseThrow();
		InstrumentDefinition.ExternalIndex sdi = five.externalIndex();
		List<InstrumentDefinition.ConversionBand> bands = new ArrayList<>(sdi.conversion());
		bands.remove(1);
		InstrumentDefinition.ExternalIndex gap = new InstrumentDefinition.ExternalIndex(sdi.code(), sdi.name(), sdi.min(),
				sdi.max(), sdi.defaultValue(), bands);
		InstrumentDefinition changed = DraftEdits.withIndicator(pemdi, 4, new DraftEdits.IndicatorContent(five.name(),
				five.scale(), five.explanation(), five.evidenceGuidance(), five.levels(), five.evidenceItems(),
				ValueSource.EXTERNAL_INDEX, gap));
		assertThat(changed.indicator(5).orElseThrow().externalIndex().conversion()).hasSize(sdi.conversion().size() - 1);
		assertThat(InstrumentValidator.validate(changed, "draft")).isNotEmpty().allMatch(p -> p.contains("indicator 5"));

		InstrumentDefinition assessed = DraftEdits.withIndicator(pemdi, 4, new DraftEdits.IndicatorContent(five.name(),
				five.scale(), five.explanation(), five.evidenceGuidance(), five.levels(), five.evidenceItems(),
				ValueSource.ASSESSED, sdi));
		assertThat(assessed.indicator(5).orElseThrow().externalIndex()).isNull();
		assertThat(assessed.indicator(5).orElseThrow().isExternal()).isFalse();
	}

	@Test
	void instrumentFieldsScaleNamesAndBandsChange() {
		Map<String, InstrumentDefinition.Scale> scales = new LinkedHashMap<>(pemdi.scales());
		InstrumentDefinition.Scale scale = scales.get("pemdi");
		Map<Integer, Text> names = new LinkedHashMap<>(scale.levels());
		names.put(5, new Text("Unggul", "Leading!"));
		scales.put("pemdi", new InstrumentDefinition.Scale(scale.name(), names));
		List<InstrumentDefinition.Band> bands = new ArrayList<>(pemdi.bands());
		bands.set(0, new InstrumentDefinition.Band("Memuaskan", "Outstanding", new BigDecimal("4.10"), new BigDecimal("5.00")));
		InstrumentDefinition changed = DraftEdits.withFields(pemdi, new DraftEdits.Fields(new Text("Baru", "New"),
				"PermenPANRB 1/2027", true, pemdi.scaleMin(), pemdi.scaleMax(), pemdi.indexName(), pemdi.sourceNote(), scales, bands));

		assertThat(changed.name().en()).isEqualTo("New");
		assertThat(changed.regulation()).isEqualTo("PermenPANRB 1/2027");
		assertThat(changed.scales().get("pemdi").levels().get(5).en()).isEqualTo("Leading!");
		assertThat(changed.allIndicators()).isEqualTo(pemdi.allIndicators());
		assertThat(InstrumentValidator.validate(changed, "draft"))
				.anyMatch(p -> p.contains("band Memuaskan") && p.contains("no gap or overlap"));
	}

	private static DraftStructure.IndicatorRow weighted(DraftStructure.IndicatorRow r, String weight) {
		return new DraftStructure.IndicatorRow(r.key(), r.aspectKey(), r.number(), r.name(), new BigDecimal(weight));
	}

	private static DraftEdits.IndicatorContent content(InstrumentDefinition.Indicator i,
			Map<Integer, InstrumentDefinition.Level> levels, List<InstrumentDefinition.EvidenceItem> items) {
		return new DraftEdits.IndicatorContent(i.name(), i.scale(), i.explanation(), i.evidenceGuidance(), levels, items,
				i.valueSource(), i.externalIndex());
	}
}
