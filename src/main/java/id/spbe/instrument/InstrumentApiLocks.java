package id.spbe.instrument;

import id.spbe.common.RuleViolationException;

/**
 * What a draft {@code PUT} carries: the lock value in {@code If-Match} ({@code "3"}, {@code W/"3"}
 * or {@code 3}) and the tree as a JSON body of bounded size.
 */
final class InstrumentApiLocks {

	private InstrumentApiLocks() {
	}

	static long parse(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw RuleViolationException.preconditionRequired("instrument.error.noLock");
		}
		String v = ifMatch.strip();
		if (v.startsWith("W/")) {
			v = v.substring(2);
		}
		v = v.replace("\"", "");
		if (!v.matches("[0-9]{1,18}")) {
			throw RuleViolationException.badInput("instrument.error.badLock");
		}
		return Long.parseLong(v);
	}

	static InstrumentDefinition tree(jakarta.servlet.http.HttpServletRequest request, long maxBytes,
			tools.jackson.databind.json.JsonMapper json) throws java.io.IOException {
		byte[] body;
		try (java.io.InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		if (body.length > maxBytes) {
			throw RuleViolationException.badInput("instrument.error.tooLarge", String.valueOf(maxBytes / 1024));
		}
		if (body.length == 0) {
			throw RuleViolationException.badInput("instrument.error.body");
		}
		try {
			InstrumentDefinition tree = json.readValue(body, InstrumentDefinition.class);
			if (tree == null) {
				throw RuleViolationException.badInput("instrument.error.body");
			}
			return bounded(tree);
		}
		catch (tools.jackson.core.JacksonException e) {
			throw RuleViolationException.badInput("instrument.error.unreadable",
					e.getLocation() == null ? "?" : e.getLocation().getLineNr(), e.getLocation() == null ? "?" : e.getLocation().getColumnNr());
		}
	}

	/**
	 * The tree when every number in it is within {@link id.spbe.common.Numbers#isBounded}: a JSON
	 * number such as {@code 1e100000} is short to send but stored in plain notation it is 100,001
	 * digits, which the draft could then never be read back with.
	 *
	 * @throws RuleViolationException BAD_INPUT "form.error.numberTooLong" for the first one that is not
	 */
	static InstrumentDefinition bounded(InstrumentDefinition tree) {
		java.util.function.Consumer<java.math.BigDecimal> check = id.spbe.common.Numbers::bounded;
		check.accept(tree.scaleMin());
		check.accept(tree.scaleMax());
		for (InstrumentDefinition.Band b : tree.bands()) {
			if (b != null) {
				check.accept(b.min());
				check.accept(b.max());
			}
		}
		java.util.List<InstrumentDefinition.Aspect> aspects = new java.util.ArrayList<>(tree.aspects());
		for (InstrumentDefinition.Domain d : tree.domains()) {
			if (d != null) {
				check.accept(d.weight());
				if (d.aspects() != null) {
					aspects.addAll(d.aspects());
				}
			}
		}
		for (InstrumentDefinition.Aspect a : aspects) {
			if (a == null) {
				continue;
			}
			check.accept(a.weight());
			for (InstrumentDefinition.Indicator i : a.indicators() == null ? java.util.List.<InstrumentDefinition.Indicator>of()
					: a.indicators()) {
				if (i == null) {
					continue;
				}
				check.accept(i.weight());
				InstrumentDefinition.ExternalIndex x = i.externalIndex();
				if (x != null) {
					check.accept(x.min());
					check.accept(x.max());
					check.accept(x.defaultValue());
					for (InstrumentDefinition.ConversionBand c : x.conversion() == null
							? java.util.List.<InstrumentDefinition.ConversionBand>of() : x.conversion()) {
						if (c != null) {
							check.accept(c.from());
							check.accept(c.to());
							check.accept(c.valueFrom());
							check.accept(c.valueTo());
						}
					}
				}
			}
		}
		return tree;
	}
}
