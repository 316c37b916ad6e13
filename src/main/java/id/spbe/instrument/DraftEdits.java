package id.spbe.instrument;

import id.spbe.common.RuleViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's changes to a draft, as pure functions from one {@link InstrumentDefinition} to the
 * next: the pages read the stored draft, apply one of these and hand the result to the draft
 * store, which checks the lock and stores it. Nothing here validates the instrument's rules
 * (weights, bands, criteria): a draft may be saved while invalid, and the problems are listed by
 * {@link InstrumentValidator} after every save. What is refused here is only a change that cannot
 * be carried out at all, such as an indicator left in an aspect that is being removed.
 */
final class DraftEdits {

	private DraftEdits() {
	}

	/** The instrument's own fields, level scales and predikat bands. */
	record Fields(Text name, String regulation, boolean fractionalValues, BigDecimal scaleMin, BigDecimal scaleMax,
			Text indexName, Text sourceNote, Map<String, InstrumentDefinition.Scale> scales,
			List<InstrumentDefinition.Band> bands) {
	}

	/** What the indicator page edits: everything of an indicator but its number, weight and place. */
	record IndicatorContent(Text name, String scale, Text explanation, Text evidenceGuidance,
			Map<Integer, InstrumentDefinition.Level> levels, List<InstrumentDefinition.EvidenceItem> evidenceItems,
			ValueSource valueSource, InstrumentDefinition.ExternalIndex externalIndex) {
	}

	/** {@code d} with the instrument fields replaced; code, version, status and structure kept. */
	static InstrumentDefinition withFields(InstrumentDefinition d, Fields f) {
		return new InstrumentDefinition(d.code(), d.version(), f.name(), f.regulation(), d.status(), f.fractionalValues(),
				f.scaleMin(), f.scaleMax(), f.indexName(), f.sourceNote(), f.scales(), f.bands(), d.domains(),
				d.aspects());
	}

	/**
	 * {@code d} with the indicator at {@code position} (in {@link InstrumentDefinition#allIndicators()}
	 * order) given new content; its number, weight and aspect stay.
	 */
	static InstrumentDefinition withIndicator(InstrumentDefinition d, int position, IndicatorContent c) {
		InstrumentDefinition.Indicator old = d.allIndicators().get(position);
		InstrumentDefinition.ExternalIndex external = c.valueSource() == ValueSource.EXTERNAL_INDEX ? c.externalIndex()
				: null;
		InstrumentDefinition.Indicator changed = new InstrumentDefinition.Indicator(old.number(), c.name(), old.weight(),
				c.scale(), c.explanation(), c.evidenceGuidance(), c.valueSource(), external, c.levels(),
				c.evidenceItems());
		DraftStructure s = DraftStructure.of(d);
		Map<String, InstrumentDefinition.Indicator> replaced = new HashMap<>();
		replaced.put(DraftStructure.indicatorKey(position), changed);
		return build(d, s, replaced);
	}

	/**
	 * {@code d} rebuilt to structure {@code s}: rows in their new order, renamed, re-weighted and
	 * moved as {@code s} says; rows of {@code d} that {@code s} leaves out are removed; rows without
	 * a key are added (an added indicator has no criteria yet and uses the first level scale). An
	 * indicator keeps its texts, criteria, evidence items and value source wherever it moves.
	 *
	 * @throws RuleViolationException BAD_INPUT when an indicator names an aspect, or an aspect a
	 *                                domain, that {@code s} does not keep
	 */
	static InstrumentDefinition restructure(InstrumentDefinition d, DraftStructure s) {
		return build(d, s, Map.of());
	}

	/** {@code d} with every aspect's and domain's weight set to the sum of its indicators' weights. */
	static InstrumentDefinition sumParentWeights(InstrumentDefinition d) {
		DraftStructure s = DraftStructure.of(d);
		Map<String, BigDecimal> aspectSums = new HashMap<>();
		s.indicators().forEach(i -> aspectSums.merge(i.aspectKey(), weight(i.weight()), BigDecimal::add));
		Map<String, BigDecimal> domainSums = new HashMap<>();
		List<DraftStructure.AspectRow> aspects = new ArrayList<>();
		for (DraftStructure.AspectRow a : s.aspects()) {
			BigDecimal sum = InstrumentMapper.plain(aspectSums.getOrDefault(a.key(), BigDecimal.ZERO));
			aspects.add(new DraftStructure.AspectRow(a.key(), a.domainKey(), a.code(), a.name(), sum));
			if (a.domainKey() != null) {
				domainSums.merge(a.domainKey(), sum, BigDecimal::add);
			}
		}
		List<DraftStructure.DomainRow> domains = s.domains().stream()
				.map(r -> new DraftStructure.DomainRow(r.key(), r.code(), r.name(),
						InstrumentMapper.plain(domainSums.getOrDefault(r.key(), BigDecimal.ZERO))))
				.toList();
		return restructure(d, new DraftStructure(domains, aspects, s.indicators()));
	}

	private static InstrumentDefinition build(InstrumentDefinition d, DraftStructure s,
			Map<String, InstrumentDefinition.Indicator> replaced) {
		Map<String, InstrumentDefinition.Indicator> stored = new HashMap<>();
		List<InstrumentDefinition.Indicator> all = d.allIndicators();
		for (int i = 0; i < all.size(); i++) {
			stored.put(DraftStructure.indicatorKey(i), all.get(i));
		}
		stored.putAll(replaced);
		Map<String, List<InstrumentDefinition.Indicator>> byAspect = new LinkedHashMap<>();
		s.aspects().forEach(a -> byAspect.put(a.key(), new ArrayList<>()));
		for (DraftStructure.IndicatorRow row : s.indicators()) {
			List<InstrumentDefinition.Indicator> into = byAspect.get(row.aspectKey());
			if (into == null) {
				throw RuleViolationException.badInput("instrumentEdit.error.indicatorWithoutAspect", row.number());
			}
			InstrumentDefinition.Indicator base = row.key() == null ? null : stored.get(row.key());
			into.add(base == null ? added(d, row) : moved(base, row));
		}
		Map<String, List<InstrumentDefinition.Aspect>> byDomain = new LinkedHashMap<>();
		s.domains().forEach(dm -> byDomain.put(dm.key(), new ArrayList<>()));
		List<InstrumentDefinition.Aspect> top = new ArrayList<>();
		for (DraftStructure.AspectRow row : s.aspects()) {
			InstrumentDefinition.Aspect aspect = new InstrumentDefinition.Aspect(row.code(), row.name(), row.weight(),
					byAspect.get(row.key()));
			if (row.domainKey() == null || row.domainKey().isBlank()) {
				top.add(aspect);
			}
			else if (byDomain.containsKey(row.domainKey())) {
				byDomain.get(row.domainKey()).add(aspect);
			}
			else {
				throw RuleViolationException.badInput("instrumentEdit.error.aspectWithoutDomain", row.code());
			}
		}
		List<InstrumentDefinition.Domain> domains = s.domains().stream()
				.map(r -> new InstrumentDefinition.Domain(r.code(), r.name(), r.weight(), byDomain.get(r.key())))
				.toList();
		return new InstrumentDefinition(d.code(), d.version(), d.name(), d.regulation(), d.status(), d.fractionalValues(),
				d.scaleMin(), d.scaleMax(), d.indexName(), d.sourceNote(), d.scales(), d.bands(), domains, top);
	}

	private static InstrumentDefinition.Indicator moved(InstrumentDefinition.Indicator base,
			DraftStructure.IndicatorRow row) {
		return new InstrumentDefinition.Indicator(row.number(), row.name(), row.weight(), base.scale(),
				base.explanation(), base.evidenceGuidance(), base.valueSource(), base.externalIndex(), base.levels(),
				base.evidenceItems());
	}

	private static InstrumentDefinition.Indicator added(InstrumentDefinition d, DraftStructure.IndicatorRow row) {
		String scale = d.scales().isEmpty() ? null : d.scales().keySet().iterator().next();
		return new InstrumentDefinition.Indicator(row.number(), row.name(), row.weight(), scale, null, null,
				ValueSource.ASSESSED, null, Map.of(), List.of());
	}

	private static BigDecimal weight(BigDecimal w) {
		return w == null ? BigDecimal.ZERO : w;
	}
}
