package id.spbe.dashboard;

import id.spbe.agency.AgencyType;
import id.spbe.common.FormValues;
import id.spbe.common.Numbers;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.evaluation.EvaluationState;
import id.spbe.instrument.InstrumentDefinition;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The agency table's filters, sort and page as the page and the API read them from the query
 * string: every value bounded and checked before use, an unknown one refused with a message
 * naming what is allowed.
 *
 * @param state        workflow state, or null for all
 * @param type         agency type, or null for all
 * @param province     province name (case ignored), or null for all
 * @param predikat     final predikat, or null for all
 * @param selfPredikat self-assessment predikat, or null for all
 * @param q            part of the agency name (case ignored), or null
 * @param sort         sort column
 * @param descending   largest first
 * @param page         page number from 1
 */
record DashboardQuery(EvaluationState state, AgencyType type, String province, String predikat, String selfPredikat,
		String q, Sort sort, boolean descending, int page) {

	static final int PAGE_SIZE = 50;
	/** Longest value of any parameter, in characters. */
	static final int MAX_LENGTH = 100;

	/** The table's columns that sort, by their name in the query string. */
	enum Sort {
		NAME("name"), TYPE("type"), PROVINCE("province"), STATE("state"), PROGRESS("progress"),
		SELF_INDEX("selfIndex"), FINAL_INDEX("finalIndex");

		final String param;

		Sort(String param) {
			this.param = param;
		}

		static String allowed() {
			return Arrays.stream(values()).map(s -> s.param).collect(Collectors.joining(", "));
		}
	}

	/** The query string as typed; every field may be null or blank. */
	record Raw(String state, String type, String province, String predikat, String selfPredikat, String q,
			String sort, String page) {
	}

	/** The sort as written in the query string, e.g. {@code -finalIndex}. */
	public String sortParam() {
		return (descending ? "-" : "") + sort.param;
	}

	/**
	 * Reads the query string against the period's instrument (for the predikat names).
	 *
	 * @throws RuleViolationException BAD_INPUT naming the parameter and what is allowed
	 */
	static DashboardQuery parse(Raw raw, InstrumentDefinition instrument) {
		EvaluationState state = choice(EvaluationState.class, "state", raw.state());
		AgencyType type = choice(AgencyType.class, "type", raw.type());
		String province = line("province", raw.province());
		String predikat = predikat(instrument, "predikat", raw.predikat());
		String selfPredikat = predikat(instrument, "selfPredikat", raw.selfPredikat());
		String q = line("q", raw.q());
		String sortText = line("sort", raw.sort());
		boolean descending = sortText != null && sortText.startsWith("-");
		Sort sort = Sort.NAME;
		if (sortText != null) {
			String name = descending ? sortText.substring(1) : sortText;
			sort = Arrays.stream(Sort.values()).filter(s -> s.param.equals(name)).findFirst()
					.orElseThrow(() -> RuleViolationException.badInput("dashboard.error.sort", FormValues.echo(sortText),
							Sort.allowed()));
		}
		int page = 1;
		String pageText = line("page", raw.page());
		if (pageText != null) {
			Long typed = Numbers.whole(pageText);
			if (typed < 1) {
				throw RuleViolationException.badInput("dashboard.error.page", FormValues.echo(pageText));
			}
			page = typed.intValue();
		}
		return new DashboardQuery(state, type, province, predikat, selfPredikat, q, sort, descending, page);
	}

	private static String line(String name, String typed) {
		if (typed != null && typed.length() > MAX_LENGTH) {
			throw RuleViolationException.badInput("dashboard.error.tooLong", name, MAX_LENGTH);
		}
		return Texts.line(typed);
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String name, String typed) {
		String t = line(name, typed);
		if (t == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw RuleViolationException.badInput("dashboard.error.unknown", name, FormValues.echo(t),
					Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

	private static String predikat(InstrumentDefinition instrument, String name, String typed) {
		String t = line(name, typed);
		if (t == null) {
			return null;
		}
		return instrument.bands().stream().map(InstrumentDefinition.Band::predikat).filter(p -> p.equalsIgnoreCase(t))
				.findFirst().orElseThrow(() -> RuleViolationException.badInput("dashboard.error.unknown", name,
						FormValues.echo(t), instrument.bands().stream().map(InstrumentDefinition.Band::predikat)
								.collect(Collectors.joining(", "))));
	}
}
