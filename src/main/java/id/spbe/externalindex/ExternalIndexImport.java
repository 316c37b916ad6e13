package id.spbe.externalindex;

import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyView;
import id.spbe.common.AuditEvent;
import id.spbe.common.Csv;
import id.spbe.common.FormValues;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.PeriodView;
import id.spbe.evaluation.Periods;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national index scores of a whole period from one CSV file (columns {@code agency} (name or
 * region code), {@code indicator}, {@code score} ("68,75" or "68.75"), {@code source},
 * {@code date} YYYY-MM-DD), all or nothing: every problem by line and column before anything is
 * written, then every score through {@link ExternalIndices#write} in one transaction.
 */
@Service
class ExternalIndexImport {

	static final Csv.Spec SPEC = Csv.Spec.of(List.of("agency", "indicator", "score", "source", "date"), List.of());

	private final ExternalIndices indices;
	private final Periods periods;
	private final EvaluationAccess access;
	private final InstrumentCatalog instruments;
	private final Agencies agencies;
	private final ApplicationEventPublisher audit;

	ExternalIndexImport(ExternalIndices indices, Periods periods, EvaluationAccess access, InstrumentCatalog instruments,
			Agencies agencies, ApplicationEventPublisher audit) {
		this.indices = indices;
		this.periods = periods;
		this.access = access;
		this.instruments = instruments;
		this.agencies = agencies;
		this.audit = audit;
	}

	private record Line(EvaluationView evaluation, ScoreRules.Checked checked) {
	}

	/**
	 * Enters every score of the file; returns how many.
	 *
	 * @throws id.spbe.common.CsvImportException every problem of the file by line and column; nothing changed
	 * @throws NotFoundException for an unknown period
	 */
	@Transactional
	public int importCsv(CurrentUser admin, long periodId, InputStream in) {
		ExternalIndices.requireAdmin(admin);
		PeriodView period = periods.get(periodId);
		InstrumentDefinition instrument = instruments.byId(period.instrumentId()).orElseThrow();
		List<Csv.Row> rows = Csv.read(in, SPEC);
		Map<Long, EvaluationView> enrolled = new HashMap<>();
		access.visible(admin).stream().filter(e -> e.periodId() == periodId).forEach(e -> enrolled.put(e.agencyId(), e));
		Csv.Problems problems = new Csv.Problems();
		Map<String, Integer> seen = new HashMap<>();
		List<Line> lines = new ArrayList<>();
		for (Csv.Row row : rows) {
			EvaluationView evaluation = evaluation(row, enrolled, problems);
			Integer number = cell(row, "indicator", problems, () -> {
				Long n = FormValues.whole(row.get("indicator"));
				return ScoreRules.indicator(instrument, n == null ? null : n.intValue()).number();
			});
			BigDecimal score = cell(row, "score", problems, () -> {
				BigDecimal s = FormValues.decimal(row.get("score"));
				if (number != null) {
					ScoreRules.value(instrument.indicator(number).orElseThrow(), s);
				}
				return s;
			});
			String source = cell(row, "source", problems, () -> ScoreRules.source(row.get("source")));
			LocalDate date = cell(row, "date", problems,
					() -> ScoreRules.date(FormValues.date(row.get("date")), indices.today()));
			if (evaluation != null && number != null) {
				Integer first = seen.putIfAbsent(evaluation.id() + "/" + number, row.line());
				if (first != null) {
					problems.add(row.line(), "indicator", "externalCsv.error.repeated", evaluation.agencyName(), number, first);
				}
			}
			if (evaluation != null && number != null && score != null && source != null && date != null) {
				lines.add(new Line(evaluation, indices.check(instrument, number,
						new ExternalIndices.Entry(score, source, date))));
			}
		}
		if (rows.isEmpty()) {
			problems.add(0, null, "csv.error.empty");
		}
		problems.throwIfAny();
		lines.forEach(l -> indices.write(admin, l.evaluation(), l.checked()));
		audit.publishEvent(AuditEvent.of("EXTERNAL_INDEX_IMPORTED", "period", periodId, null,
				lines.size() + " national index scores from CSV"));
		return lines.size();
	}

	private EvaluationView evaluation(Csv.Row row, Map<Long, EvaluationView> enrolled, Csv.Problems problems) {
		String name = row.get("agency");
		if (name == null) {
			problems.add(row.line(), "agency", "csv.error.required");
			return null;
		}
		AgencyView agency = agencies.byRegionCode(name).or(() -> agencies.byName(name)).orElse(null);
		if (agency == null) {
			problems.add(row.line(), "agency", "externalCsv.error.unknownAgency", FormValues.echo(name));
			return null;
		}
		EvaluationView evaluation = enrolled.get(agency.id());
		if (evaluation == null) {
			problems.add(row.line(), "agency", "externalCsv.error.notEnrolled", agency.name());
			return null;
		}
		if (evaluation.state() == EvaluationState.FINALISED) {
			problems.add(row.line(), "agency", "external.error.finalised", agency.name());
			return null;
		}
		return evaluation;
	}

	/** The cell's value, or null with its refusal recorded at the line and column. */
	private static <T> T cell(Csv.Row row, String column, Csv.Problems problems, Supplier<T> read) {
		try {
			T value = read.get();
			if (value == null) {
				problems.add(row.line(), column, "csv.error.required");
			}
			return value;
		}
		catch (RuleViolationException e) {
			problems.add(row.line(), column, e);
			return null;
		}
	}
}
