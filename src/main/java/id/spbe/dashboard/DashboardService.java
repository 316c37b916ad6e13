package id.spbe.dashboard;

import id.spbe.agency.AgencyType;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.EvaluationState;
import id.spbe.instrument.IndexCalculator;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national dashboard (administrators): reads a period's evaluations once ({@link PeriodFigures})
 * and derives the counts, distributions, province averages and the table from them in memory.
 * Indices are the instrument's {@link IndexCalculator} results: shown with two decimals half-up,
 * predikat from the shown value. The final index counts once the evaluation is finalised.
 */
@Service
class DashboardService {

	/** Width of a bin of the index distribution, in levels. */
	static final BigDecimal BIN = new BigDecimal("0.5");

	private final PeriodFigures figures;
	private final InstrumentCatalog instruments;

	DashboardService(PeriodFigures figures, InstrumentCatalog instruments) {
		this.figures = figures;
		this.instruments = instruments;
	}

	/** A period's rows as read in one snapshot, with their shown indices. */
	record Loaded(PeriodFigures.Period period, InstrumentDefinition instrument, List<Dashboard.TableRow> rows) {
	}

	/**
	 * Every evaluation of the period with its figures, for an administrator.
	 *
	 * @throws RuleViolationException FORBIDDEN for anyone else
	 * @throws NotFoundException      for an unknown period
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Loaded load(CurrentUser user, long periodId) {
		if (user.getRole() != Role.ADMIN) {
			throw RuleViolationException.forbidden("dashboard.error.adminOnly");
		}
		PeriodFigures.Period period = figures.period(periodId).orElseThrow(() -> new NotFoundException("period " + periodId));
		InstrumentDefinition instrument = instruments.byId(period.instrumentId()).orElseThrow();
		List<Dashboard.TableRow> rows = figures.figures(period, instrument).stream().map(a -> row(instrument, a)).toList();
		return new Loaded(period, instrument, rows);
	}

	/** Every period, newest year first (administrators; the page's period switch). */
	@Transactional(readOnly = true)
	public List<PeriodFigures.Period> periods(CurrentUser user) {
		if (user.getRole() != Role.ADMIN) {
			throw RuleViolationException.forbidden("dashboard.error.adminOnly");
		}
		return figures.periods();
	}

	/** The dashboard: summary of the whole period and the query's page of the table. */
	Dashboard dashboard(Loaded loaded, DashboardQuery query) {
		List<Dashboard.TableRow> all = loaded.rows();
		Map<EvaluationState, Long> states = new EnumMap<>(EvaluationState.class);
		for (EvaluationState s : EvaluationState.values()) {
			states.put(s, all.stream().filter(r -> r.agency().state() == s).count());
		}
		List<Dashboard.TableRow> matching = matching(loaded, query);
		int from = Math.min(matching.size(), (query.page() - 1) * DashboardQuery.PAGE_SIZE);
		int to = Math.min(matching.size(), from + DashboardQuery.PAGE_SIZE);
		return new Dashboard(loaded.period(), loaded.instrument(), all.size(), states, indexHistogram(loaded),
				predikatHistogram(loaded), provinces(all), query, matching.subList(from, to), matching.size());
	}

	/** Every row matching the query's filters, in its order (the exports' rows). */
	List<Dashboard.TableRow> matching(Loaded loaded, DashboardQuery query) {
		Predicate<Dashboard.TableRow> filter = r -> (query.state() == null || r.agency().state() == query.state())
				&& (query.type() == null || r.agency().type() == query.type())
				&& (query.province() == null || query.province().equalsIgnoreCase(r.agency().province()))
				&& (query.predikat() == null || query.predikat().equals(r.finalPredikat()))
				&& (query.selfPredikat() == null || query.selfPredikat().equals(r.selfPredikat()))
				&& (query.q() == null || r.agency().name().toLowerCase(Locale.ROOT)
						.contains(query.q().toLowerCase(Locale.ROOT)));
		return loaded.rows().stream().filter(filter).sorted(order(query)).toList();
	}

	private static Comparator<Dashboard.TableRow> order(DashboardQuery query) {
		Comparator<Dashboard.TableRow> byName = Comparator.comparing(r -> r.agency().name(), String.CASE_INSENSITIVE_ORDER);
		Comparator<Dashboard.TableRow> primary = switch (query.sort()) {
			case NAME -> byName;
			case TYPE -> nullsLast(r -> r.agency().type(), query.descending());
			case PROVINCE -> nullsLast(r -> r.agency().province(), query.descending());
			case STATE -> nullsLast(r -> r.agency().state(), query.descending());
			case PROGRESS -> nullsLast(Dashboard.TableRow::progressPercent, query.descending());
			case SELF_INDEX -> nullsLast(Dashboard.TableRow::selfIndex, query.descending());
			case FINAL_INDEX -> nullsLast(Dashboard.TableRow::finalIndex, query.descending());
		};
		if (query.sort() == DashboardQuery.Sort.NAME && query.descending()) {
			primary = byName.reversed();
		}
		return primary.thenComparing(byName).thenComparing(r -> r.agency().evaluationId());
	}

	/** Rows without a value come last whichever the direction. */
	private static <T extends Comparable<? super T>> Comparator<Dashboard.TableRow> nullsLast(
			Function<Dashboard.TableRow, T> key, boolean descending) {
		Comparator<T> natural = Comparator.naturalOrder();
		return Comparator.comparing(key, Comparator.nullsLast(descending ? natural.reversed() : natural));
	}

	private static Dashboard.TableRow row(InstrumentDefinition instrument, AgencyFigures a) {
		BigDecimal self = a.figures().selfExact() == null ? null : IndexCalculator.display(a.figures().selfExact());
		BigDecimal fin = a.state() != EvaluationState.FINALISED || a.figures().finalExact() == null ? null
				: IndexCalculator.display(a.figures().finalExact());
		return new Dashboard.TableRow(a, self, self == null ? null : IndexCalculator.predikat(instrument, self).predikat(),
				fin, fin == null ? null : IndexCalculator.predikat(instrument, fin).predikat());
	}

	private static Dashboard.Histogram indexHistogram(Loaded loaded) {
		InstrumentDefinition instrument = loaded.instrument();
		int bins = instrument.scaleMax().subtract(instrument.scaleMin()).divide(BIN, 0, RoundingMode.CEILING).intValue();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < bins; i++) {
			BigDecimal from = instrument.scaleMin().add(BIN.multiply(BigDecimal.valueOf(i))).setScale(2);
			BigDecimal to = i == bins - 1 ? instrument.scaleMax().setScale(2)
					: from.add(BIN).subtract(new BigDecimal("0.01"));
			labels.add(from.toPlainString() + "–" + to.toPlainString());
		}
		long[] self = new long[bins];
		long[] fin = new long[bins];
		for (Dashboard.TableRow r : loaded.rows()) {
			if (r.selfIndex() != null) {
				self[bin(instrument, r.selfIndex(), bins)]++;
			}
			if (r.finalIndex() != null) {
				fin[bin(instrument, r.finalIndex(), bins)]++;
			}
		}
		return new Dashboard.Histogram(labels, boxed(self), boxed(fin));
	}

	/** The bin of a shown index: half-level bins from the scale's minimum, the maximum in the last. */
	static int bin(InstrumentDefinition instrument, BigDecimal shown, int bins) {
		int i = shown.subtract(instrument.scaleMin()).divide(BIN, 0, RoundingMode.FLOOR).intValue();
		return Math.max(0, Math.min(bins - 1, i));
	}

	private static Dashboard.Histogram predikatHistogram(Loaded loaded) {
		List<InstrumentDefinition.Band> bands = loaded.instrument().bands().stream()
				.sorted(Comparator.comparing(InstrumentDefinition.Band::min)).toList();
		List<Long> self = new ArrayList<>();
		List<Long> fin = new ArrayList<>();
		for (InstrumentDefinition.Band band : bands) {
			self.add(loaded.rows().stream().filter(r -> band.predikat().equals(r.selfPredikat())).count());
			fin.add(loaded.rows().stream().filter(r -> band.predikat().equals(r.finalPredikat())).count());
		}
		return new Dashboard.Histogram(bands.stream().map(InstrumentDefinition.Band::predikat).toList(), self, fin);
	}

	private static List<Dashboard.ProvinceAverage> provinces(List<Dashboard.TableRow> rows) {
		Map<String, List<Dashboard.TableRow>> byProvince = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		rows.stream().filter(r -> r.agency().type() != AgencyType.KEMENTERIAN_LEMBAGA && r.agency().province() != null)
				.forEach(r -> byProvince.computeIfAbsent(r.agency().province(), k -> new ArrayList<>()).add(r));
		List<Dashboard.ProvinceAverage> result = new ArrayList<>();
		byProvince.forEach((province, of) -> {
			List<BigDecimal> self = of.stream().map(Dashboard.TableRow::selfIndex).filter(v -> v != null).toList();
			List<BigDecimal> fin = of.stream().map(Dashboard.TableRow::finalIndex).filter(v -> v != null).toList();
			result.add(new Dashboard.ProvinceAverage(province, of.size(), self.size(), average(self), fin.size(),
					average(fin)));
		});
		return result;
	}

	/** Average of shown indices, two decimals half-up; null for none. */
	static BigDecimal average(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
	}

	private static List<Long> boxed(long[] counts) {
		List<Long> list = new ArrayList<>();
		for (long c : counts) {
			list.add(c);
		}
		return list;
	}
}
