package id.spbe.instrument;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between the stored entity graph and {@link InstrumentDefinition}. */
final class InstrumentMapper {

	private InstrumentMapper() {
	}

	static Instrument toEntity(InstrumentDefinition d, String sourceFile, String checksum, Instant now) {
		Instrument instrument = new Instrument(d, sourceFile, checksum, now);
		addChildren(instrument, d);
		return instrument;
	}

	/** Writes the child rows of {@code d} (scales, bands, domains, aspects, indicators) under {@code instrument}, which has none. */
	static void addChildren(Instrument instrument, InstrumentDefinition d) {
		int position = 0;
		for (Map.Entry<String, InstrumentDefinition.Scale> e : d.scales().entrySet()) {
			InstrumentScale scale = new InstrumentScale(instrument, position++, e.getKey(), e.getValue().name());
			e.getValue().levels().forEach((level, name) -> scale.levels().add(new ScaleLevel(scale, level, name)));
			instrument.scales().add(scale);
		}
		position = 0;
		for (InstrumentDefinition.Band band : d.bands()) {
			instrument.bands().add(new RatingBand(instrument, position++, band));
		}
		int aspectPosition = 0;
		int indicatorPosition = 0;
		position = 0;
		for (InstrumentDefinition.Domain dd : d.domains()) {
			InstrumentDomain domain = new InstrumentDomain(instrument, position++, dd);
			instrument.domains().add(domain);
			for (InstrumentDefinition.Aspect da : dd.aspects()) {
				indicatorPosition = addAspect(instrument, domain, aspectPosition++, indicatorPosition, da);
			}
		}
		for (InstrumentDefinition.Aspect da : d.aspects()) {
			indicatorPosition = addAspect(instrument, null, aspectPosition++, indicatorPosition, da);
		}
	}

	private static int addAspect(Instrument instrument, InstrumentDomain domain, int position, int indicatorPosition,
			InstrumentDefinition.Aspect da) {
		InstrumentAspect aspect = new InstrumentAspect(instrument, domain, position, da);
		instrument.aspects().add(aspect);
		int next = indicatorPosition;
		for (InstrumentDefinition.Indicator di : da.indicators()) {
			instrument.indicators().add(new Indicator(instrument, aspect, next++, di));
		}
		return next;
	}

	/**
	 * Numeric columns give back 1.300 for 1.3; export and the API show what the file said.
	 */
	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static InstrumentDefinition toDefinition(Instrument instrument) {
		Map<String, InstrumentDefinition.Scale> scales = new LinkedHashMap<>();
		for (InstrumentScale scale : instrument.scales()) {
			Map<Integer, Text> levels = new LinkedHashMap<>();
			scale.levels().forEach(l -> levels.put(l.level(), l.name()));
			scales.put(scale.code(), new InstrumentDefinition.Scale(scale.name(), levels));
		}
		Map<Long, List<InstrumentDefinition.Indicator>> indicatorsByAspect = new HashMap<>();
		for (Indicator indicator : instrument.indicators()) {
			indicatorsByAspect.computeIfAbsent(indicator.aspect().id(), k -> new java.util.ArrayList<>())
					.add(indicator.toDefinition());
		}
		Map<Long, List<InstrumentDefinition.Aspect>> aspectsByDomain = new HashMap<>();
		List<InstrumentDefinition.Aspect> topAspects = new java.util.ArrayList<>();
		for (InstrumentAspect aspect : instrument.aspects()) {
			InstrumentDefinition.Aspect da = new InstrumentDefinition.Aspect(aspect.code(), aspect.name(),
					plain(aspect.weight()), indicatorsByAspect.getOrDefault(aspect.id(), List.of()));
			if (aspect.domain() == null) {
				topAspects.add(da);
			}
			else {
				aspectsByDomain.computeIfAbsent(aspect.domain().id(), k -> new java.util.ArrayList<>()).add(da);
			}
		}
		List<InstrumentDefinition.Domain> domains = instrument.domains().stream()
				.map(d -> new InstrumentDefinition.Domain(d.code(), d.name(), plain(d.weight()),
						aspectsByDomain.getOrDefault(d.id(), List.of())))
				.toList();
		return new InstrumentDefinition(instrument.getCode(), instrument.getVersion(), instrument.name(),
				instrument.regulation(), instrument.getStatus(), instrument.fractionalValues(), plain(instrument.scaleMin()),
				plain(instrument.scaleMax()), instrument.indexName(), instrument.sourceNote(), scales,
				instrument.bands().stream().map(RatingBand::toDefinition).toList(), domains, topAspects);
	}
}
