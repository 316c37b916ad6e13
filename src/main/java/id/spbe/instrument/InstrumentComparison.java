package id.spbe.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The differences between two versions of an instrument, part by part: the instrument's own
 * fields, scales and their level names, predikat bands (by predikat), domains and aspects (by
 * code), indicators (by number) with their criteria per level, evidence items (by code) and
 * external index. Texts are compared per language, decimals by value (1.30 equals 1.3).
 */
final class InstrumentComparison {

	private final List<InstrumentChange> changes = new ArrayList<>();

	private InstrumentComparison() {
	}

	/** Every change from {@code from} to {@code to}, in instrument order. */
	static List<InstrumentChange> compare(InstrumentDefinition from, InstrumentDefinition to) {
		InstrumentComparison c = new InstrumentComparison();
		c.header(from, to);
		c.scales(from, to);
		c.bands(from, to);
		c.parts(from, to);
		c.indicators(from, to);
		return List.copyOf(c.changes);
	}

	private void header(InstrumentDefinition a, InstrumentDefinition b) {
		InstrumentPlace p = InstrumentPlace.INSTRUMENT;
		field(p, "code", a.code(), b.code());
		text(p, "name", a.name(), b.name());
		field(p, "regulation", a.regulation(), b.regulation());
		field(p, "fractionalValues", a.fractionalValues(), b.fractionalValues());
		field(p, "scaleMin", a.scaleMin(), b.scaleMin());
		field(p, "scaleMax", a.scaleMax(), b.scaleMax());
		text(p, "indexName", a.indexName(), b.indexName());
		text(p, "sourceNote", a.sourceNote(), b.sourceNote());
	}

	private void scales(InstrumentDefinition a, InstrumentDefinition b) {
		matched(a.scales(), b.scales(), (code, x, y) -> {
			InstrumentPlace p = InstrumentPlace.of(InstrumentPlace.Kind.SCALE, code);
			if (x == null || y == null) {
				field(p, "scale", x == null ? null : en(x.name()), y == null ? null : en(y.name()));
				return;
			}
			text(p, "name", x.name(), y.name());
			matched(orEmpty(x.levels()), orEmpty(y.levels()), (level, nx, ny) -> text(p.atLevel(level), "name", nx, ny));
		});
	}

	private void bands(InstrumentDefinition a, InstrumentDefinition b) {
		matched(byKey(a.bands(), InstrumentDefinition.Band::predikat), byKey(b.bands(), InstrumentDefinition.Band::predikat),
				(predikat, x, y) -> {
					InstrumentPlace p = InstrumentPlace.of(InstrumentPlace.Kind.BAND, predikat);
					if (x == null || y == null) {
						field(p, "band", x == null ? null : x.min() + "-" + x.max(), y == null ? null : y.min() + "-" + y.max());
						return;
					}
					field(p, "nameEn", x.nameEn(), y.nameEn());
					field(p, "min", x.min(), y.min());
					field(p, "max", x.max(), y.max());
				});
	}

	private void parts(InstrumentDefinition a, InstrumentDefinition b) {
		matched(byKey(a.domains(), InstrumentDefinition.Domain::code), byKey(b.domains(), InstrumentDefinition.Domain::code),
				(code, x, y) -> {
					InstrumentPlace p = InstrumentPlace.of(InstrumentPlace.Kind.DOMAIN, code);
					if (x == null || y == null) {
						field(p, "domain", x == null ? null : en(x.name()), y == null ? null : en(y.name()));
						return;
					}
					text(p, "name", x.name(), y.name());
					field(p, "weight", x.weight(), y.weight());
				});
		Map<String, String> domainOfA = domainOfAspect(a);
		Map<String, String> domainOfB = domainOfAspect(b);
		matched(byKey(a.allAspects(), InstrumentDefinition.Aspect::code), byKey(b.allAspects(), InstrumentDefinition.Aspect::code),
				(code, x, y) -> {
					InstrumentPlace p = InstrumentPlace.of(InstrumentPlace.Kind.ASPECT, code);
					if (x == null || y == null) {
						field(p, "aspect", x == null ? null : en(x.name()), y == null ? null : en(y.name()));
						return;
					}
					text(p, "name", x.name(), y.name());
					field(p, "weight", x.weight(), y.weight());
					field(p, "domain", domainOfA.get(code), domainOfB.get(code));
				});
	}

	private void indicators(InstrumentDefinition a, InstrumentDefinition b) {
		Map<Integer, String> aspectOfA = aspectOfIndicator(a);
		Map<Integer, String> aspectOfB = aspectOfIndicator(b);
		matched(byKey(a.allIndicators(), InstrumentDefinition.Indicator::number),
				byKey(b.allIndicators(), InstrumentDefinition.Indicator::number), (number, x, y) -> {
					InstrumentPlace p = InstrumentPlace.indicator(number);
					if (x == null || y == null) {
						field(p, "indicator", x == null ? null : en(x.name()), y == null ? null : en(y.name()));
						return;
					}
					field(p, "aspect", aspectOfA.get(number), aspectOfB.get(number));
					IndicatorComparison.compare(p, x, y, this);
				});
	}

	void text(InstrumentPlace p, String field, Text x, Text y) {
		field(p, field + ".id", x == null ? null : x.id(), y == null ? null : y.id());
		field(p, field + ".en", x == null ? null : x.en(), y == null ? null : y.en());
	}

	void field(InstrumentPlace p, String field, Object x, Object y) {
		String old = value(x);
		String now = value(y);
		if (!Objects.equals(old, now)) {
			changes.add(new InstrumentChange(p, field, old, now));
		}
	}

	private static String value(Object o) {
		if (o instanceof BigDecimal d) {
			return InstrumentMapper.plain(d).toPlainString();
		}
		return o == null ? null : String.valueOf(o);
	}

	private static String en(Text t) {
		return t == null ? null : t.in(java.util.Locale.ENGLISH);
	}

	interface Pair<K, V> {
		void accept(K key, V x, V y);
	}

	/** Calls {@code pair} for every key of either map, in the order of {@code a} then new keys of {@code b}. */
	static <K, V> void matched(Map<K, V> a, Map<K, V> b, Pair<K, V> pair) {
		Set<K> keys = new LinkedHashSet<>(a.keySet());
		keys.addAll(b.keySet());
		keys.forEach(k -> pair.accept(k, a.get(k), b.get(k)));
	}

	static <K, V> Map<K, V> byKey(List<V> list, Function<V, K> key) {
		Map<K, V> map = new LinkedHashMap<>();
		list.forEach(v -> map.putIfAbsent(key.apply(v), v));
		return map;
	}

	private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
		return map == null ? Map.of() : map;
	}

	private static Map<String, String> domainOfAspect(InstrumentDefinition d) {
		Map<String, String> map = new LinkedHashMap<>();
		d.domains().forEach(dom -> dom.aspects().forEach(as -> map.put(as.code(), dom.code())));
		return map;
	}

	private static Map<Integer, String> aspectOfIndicator(InstrumentDefinition d) {
		Map<Integer, String> map = new LinkedHashMap<>();
		d.allAspects().forEach(as -> as.indicators().forEach(i -> map.put(i.number(), as.code())));
		return map;
	}
}
