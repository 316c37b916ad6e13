package id.spbe.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an {@link InstrumentDefinition} from the sheets read by {@link WorkbookReader}: rows refer
 * to their parents by code (aspect to domain, indicator to aspect, criterion, item and conversion
 * band to indicator number), and a reference to nothing is a problem at that cell.
 */
final class WorkbookTrees {

	private WorkbookTrees() {
	}

	static InstrumentDefinition build(WorkbookReader r, Map<String, List<WorkbookLine>> sheets) {
		Map<String, WorkbookLine> fields = new LinkedHashMap<>();
		for (WorkbookLine line : sheets.get(InstrumentWorkbook.INSTRUMENT)) {
			String key = line.text("field");
			if (key == null || !InstrumentWorkbook.INSTRUMENT_KEYS.contains(key)) {
				r.problem(line, "field", "instrument.import.unknownField", String.valueOf(key));
			}
			else {
				fields.put(key, line);
			}
		}
		WorkbookLine none = new WorkbookLine(InstrumentWorkbook.INSTRUMENT, 1, Map.of(), Map.of());
		java.util.function.Function<String, WorkbookLine> field = k -> fields.getOrDefault(k, none);
		Integer version = r.whole(field.apply("version"), "value", true);
		Map<String, InstrumentDefinition.Scale> scales = scales(r, sheets.get(InstrumentWorkbook.SCALES));
		List<InstrumentDefinition.Band> bands = new ArrayList<>();
		for (WorkbookLine l : sheets.get(InstrumentWorkbook.BANDS)) {
			bands.add(new InstrumentDefinition.Band(l.text("predikat"), l.text("nameEn"), r.decimal(l, "min", true),
					r.decimal(l, "max", true)));
		}
		Map<Integer, List<InstrumentDefinition.EvidenceItem>> items = new LinkedHashMap<>();
		for (WorkbookLine l : sheets.get(InstrumentWorkbook.ITEMS)) {
			Integer number = r.whole(l, "indicator", true);
			Integer level = r.whole(l, "level", true);
			items.computeIfAbsent(number, k -> new ArrayList<>()).add(new InstrumentDefinition.EvidenceItem(l.text("code"),
					level == null ? 0 : level, text(l, "description")));
		}
		Map<Integer, Map<Integer, InstrumentDefinition.Level>> levels = new LinkedHashMap<>();
		for (WorkbookLine l : sheets.get(InstrumentWorkbook.CRITERIA)) {
			Integer number = r.whole(l, "indicator", true);
			Integer level = r.whole(l, "level", true);
			levels.computeIfAbsent(number, k -> new LinkedHashMap<>()).put(level,
					new InstrumentDefinition.Level(text(l, "criterion"), text(l, "evidenceExpected")));
		}
		Map<Integer, List<InstrumentDefinition.ConversionBand>> conversions = new LinkedHashMap<>();
		for (WorkbookLine l : sheets.get(InstrumentWorkbook.CONVERSION)) {
			conversions.computeIfAbsent(r.whole(l, "indicator", true), k -> new ArrayList<>()).add(new InstrumentDefinition.ConversionBand(
					r.decimal(l, "from", true), r.decimal(l, "to", true), r.decimal(l, "valueFrom", true), r.decimal(l, "valueTo", true)));
		}
		Map<String, List<InstrumentDefinition.Indicator>> byAspect = new LinkedHashMap<>();
		java.util.Set<Integer> numbers = new java.util.HashSet<>();
		for (WorkbookLine l : sheets.get(InstrumentWorkbook.INDICATORS)) {
			Integer number = r.whole(l, "number", true);
			numbers.add(number);
			byAspect.computeIfAbsent(l.text("aspect"), k -> new ArrayList<>())
					.add(indicator(r, l, number, levels.get(number), items.get(number), conversions.get(number)));
		}
		orphans(r, sheets.get(InstrumentWorkbook.CRITERIA), numbers);
		orphans(r, sheets.get(InstrumentWorkbook.ITEMS), numbers);
		orphans(r, sheets.get(InstrumentWorkbook.CONVERSION), numbers);
		Parts parts = parts(r, sheets, byAspect);
		return new InstrumentDefinition(text(field.apply("code")), version == null ? 0 : version,
				new Text(text(field.apply(InstrumentWorkbook.col("name", "id"))), text(field.apply(InstrumentWorkbook.col("name", "en")))), text(field.apply("regulation")),
				InstrumentStatus.DRAFT, "true".equalsIgnoreCase(text(field.apply("fractionalValues"))),
				r.decimal(field.apply("scaleMin"), "value", true), r.decimal(field.apply("scaleMax"), "value", true),
				pair(text(field.apply(InstrumentWorkbook.col("indexName", "id"))), text(field.apply(InstrumentWorkbook.col("indexName", "en")))),
				pair(text(field.apply(InstrumentWorkbook.col("sourceNote", "id"))), text(field.apply(InstrumentWorkbook.col("sourceNote", "en")))), scales, bands, parts.domains,
				parts.aspects);
	}

	private record Parts(List<InstrumentDefinition.Domain> domains, List<InstrumentDefinition.Aspect> aspects) {
	}

	private static Parts parts(WorkbookReader r, Map<String, List<WorkbookLine>> sheets,
			Map<String, List<InstrumentDefinition.Indicator>> byAspect) {
		Map<String, List<InstrumentDefinition.Aspect>> byDomain = new LinkedHashMap<>();
		List<InstrumentDefinition.Aspect> top = new ArrayList<>();
		java.util.Set<String> aspectCodes = new java.util.HashSet<>();
		for (WorkbookLine l : sheets.get(InstrumentWorkbook.ASPECTS)) {
			aspectCodes.add(l.text("code"));
			InstrumentDefinition.Aspect aspect = new InstrumentDefinition.Aspect(l.text("code"), text(l, "name"),
					r.decimal(l, "weight", true), byAspect.getOrDefault(l.text("code"), List.of()));
			if (l.text("domain") == null) {
				top.add(aspect);
			}
			else {
				byDomain.computeIfAbsent(l.text("domain"), k -> new ArrayList<>()).add(aspect);
			}
		}
		for (WorkbookLine l : sheets.get(InstrumentWorkbook.INDICATORS)) {
			if (!aspectCodes.contains(l.text("aspect"))) {
				r.problem(l, "aspect", "instrument.import.unknownParent", String.valueOf(l.text("aspect")));
			}
		}
		List<InstrumentDefinition.Domain> domains = new ArrayList<>();
		java.util.Set<String> domainCodes = new java.util.HashSet<>();
		for (WorkbookLine l : sheets.get(InstrumentWorkbook.DOMAINS)) {
			domainCodes.add(l.text("code"));
			domains.add(new InstrumentDefinition.Domain(l.text("code"), text(l, "name"), r.decimal(l, "weight", true),
					byDomain.getOrDefault(l.text("code"), List.of())));
		}
		for (WorkbookLine l : sheets.get(InstrumentWorkbook.ASPECTS)) {
			if (l.text("domain") != null && !domainCodes.contains(l.text("domain"))) {
				r.problem(l, "domain", "instrument.import.unknownParent", l.text("domain"));
			}
		}
		return new Parts(domains, top);
	}

	private static InstrumentDefinition.Indicator indicator(WorkbookReader r, WorkbookLine l, Integer number,
			Map<Integer, InstrumentDefinition.Level> levels, List<InstrumentDefinition.EvidenceItem> items,
			List<InstrumentDefinition.ConversionBand> conversion) {
		ValueSource source = ValueSource.ASSESSED;
		String sourceText = l.text("valueSource");
		if (sourceText != null) {
			try {
				source = ValueSource.valueOf(sourceText);
			}
			catch (IllegalArgumentException e) {
				r.problem(l, "valueSource", "instrument.import.unknownChoice", sourceText.length() > 30 ? sourceText.substring(0, 30) : sourceText);
			}
		}
		InstrumentDefinition.ExternalIndex external = l.text(InstrumentWorkbook.col("externalIndex", "code")) == null ? null
				: new InstrumentDefinition.ExternalIndex(l.text(InstrumentWorkbook.col("externalIndex", "code")), text(l, InstrumentWorkbook.col("externalIndex", "name")),
						r.decimal(l, InstrumentWorkbook.col("externalIndex", "min"), true), r.decimal(l, InstrumentWorkbook.col("externalIndex", "max"), true),
						r.decimal(l, InstrumentWorkbook.col("externalIndex", "defaultValue"), true), conversion);
		return new InstrumentDefinition.Indicator(number == null ? 0 : number, text(l, "name"), r.decimal(l, "weight", true),
				l.text("scale"), text(l, "explanation"), text(l, "evidenceGuidance"), source, external, levels, items);
	}

	private static Map<String, InstrumentDefinition.Scale> scales(WorkbookReader r, List<WorkbookLine> lines) {
		Map<String, Text> names = new LinkedHashMap<>();
		Map<String, Map<Integer, Text>> levels = new LinkedHashMap<>();
		for (WorkbookLine l : lines) {
			String code = l.text("scale");
			if (code == null) {
				r.problem(l, "scale", "instrument.import.required");
				continue;
			}
			names.putIfAbsent(code, text(l, "name"));
			levels.computeIfAbsent(code, k -> new LinkedHashMap<>()).put(r.whole(l, "level", true), text(l, "levelName"));
		}
		Map<String, InstrumentDefinition.Scale> scales = new LinkedHashMap<>();
		names.forEach((code, name) -> scales.put(code, new InstrumentDefinition.Scale(name, levels.get(code))));
		return scales;
	}

	private static void orphans(WorkbookReader r, List<WorkbookLine> lines, java.util.Set<Integer> numbers) {
		for (WorkbookLine l : lines) {
			String n = l.text("indicator");
			if (n != null && numbers.stream().noneMatch(x -> x != null && String.valueOf(x).equals(n))) {
				r.problem(l, "indicator", "instrument.import.unknownParent", n);
			}
		}
	}

	private static Text text(WorkbookLine l, String prefix) {
		return pair(l.text(prefix + ".id"), l.text(prefix + ".en"));
	}

	private static String text(WorkbookLine l) {
		return l.text("value");
	}

	private static Text pair(String id, String en) {
		return id == null && en == null ? null : new Text(id, en);
	}
}
