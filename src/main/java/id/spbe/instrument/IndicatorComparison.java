package id.spbe.instrument;

import java.util.Map;

/** The part of {@link InstrumentComparison} within one indicator present in both versions. */
final class IndicatorComparison {

	private IndicatorComparison() {
	}

	static void compare(InstrumentPlace p, InstrumentDefinition.Indicator x, InstrumentDefinition.Indicator y,
			InstrumentComparison c) {
		c.text(p, "name", x.name(), y.name());
		c.field(p, "weight", x.weight(), y.weight());
		c.field(p, "scale", x.scale(), y.scale());
		c.text(p, "explanation", x.explanation(), y.explanation());
		c.text(p, "evidenceGuidance", x.evidenceGuidance(), y.evidenceGuidance());
		c.field(p, "valueSource", x.valueSource(), y.valueSource());
		Map<Integer, InstrumentDefinition.Level> lx = x.levels();
		Map<Integer, InstrumentDefinition.Level> ly = y.levels();
		InstrumentComparison.matched(lx, ly, (level, a, b) -> {
			InstrumentPlace at = p.atLevel(level);
			c.text(at, "criterion", a == null ? null : a.criterion(), b == null ? null : b.criterion());
			c.text(at, "evidenceExpected", a == null ? null : a.evidenceExpected(), b == null ? null : b.evidenceExpected());
		});
		InstrumentComparison.matched(InstrumentComparison.byKey(x.evidenceItems(), InstrumentDefinition.EvidenceItem::code),
				InstrumentComparison.byKey(y.evidenceItems(), InstrumentDefinition.EvidenceItem::code), (code, a, b) -> {
					InstrumentPlace at = p.atItem(code).atLevel(b != null ? b.level() : a.level());
					if (a == null || b == null) {
						c.field(at, "evidenceItem", en(a), en(b));
						return;
					}
					c.field(at, "level", a.level(), b.level());
					c.text(at, "description", a.description(), b.description());
				});
		external(p, x.externalIndex(), y.externalIndex(), c);
	}

	private static void external(InstrumentPlace p, InstrumentDefinition.ExternalIndex x, InstrumentDefinition.ExternalIndex y,
			InstrumentComparison c) {
		if (x == null || y == null) {
			c.field(p, "externalIndex", x == null ? null : x.code(), y == null ? null : y.code());
			return;
		}
		c.field(p, InstrumentWorkbook.col("externalIndex", "code"), x.code(), y.code());
		c.text(p, InstrumentWorkbook.col("externalIndex", "name"), x.name(), y.name());
		c.field(p, InstrumentWorkbook.col("externalIndex", "min"), x.min(), y.min());
		c.field(p, InstrumentWorkbook.col("externalIndex", "max"), x.max(), y.max());
		c.field(p, InstrumentWorkbook.col("externalIndex", "defaultValue"), x.defaultValue(), y.defaultValue());
		c.field(p, InstrumentWorkbook.col("externalIndex", "conversion"), conversion(x), conversion(y));
	}

	private static String conversion(InstrumentDefinition.ExternalIndex index) {
		StringBuilder s = new StringBuilder();
		for (InstrumentDefinition.ConversionBand b : index.conversion()) {
			s.append(s.isEmpty() ? "" : "; ").append(num(b.from())).append('-').append(num(b.to())).append(" -> ")
					.append(num(b.valueFrom())).append('-').append(num(b.valueTo()));
		}
		return s.toString();
	}

	private static String num(java.math.BigDecimal value) {
		return value == null ? "" : InstrumentMapper.plain(value).toPlainString();
	}

	private static String en(InstrumentDefinition.EvidenceItem item) {
		return item == null || item.description() == null ? null : item.description().en();
	}
}
