package id.spbe.externalindex;

import id.spbe.common.AuditEvent;
import id.spbe.common.Decimals;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Wib;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.EvaluationView;
import id.spbe.instrument.ExternalIndexConversion;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores of other national indices (SDI, SJIG, EPSS) for the indicators whose value comes from
 * them (docs/domain.md section 3, Pemdi I5, I6, I7, I18): read by every page that shows an
 * evaluation, entered by administrators one at a time ({@link #enter}) or per period by CSV
 * ({@link ExternalIndexImport}). The converted value is written into the indicator's value at
 * every stage ({@link Assessments#saveExternal}), so every index, count and readiness check
 * reads it like any other value; until a score arrives that value is the instrument's default.
 */
@Service
public class ExternalIndices {

	/** The audit log's action for a score entered or replaced. */
	static final String ENTERED = "EXTERNAL_INDEX_ENTERED";

	private final ExternalIndexScoreRepository scores;
	private final EvaluationAccess access;
	private final InstrumentCatalog instruments;
	private final Assessments assessments;
	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher audit;

	ExternalIndices(ExternalIndexScoreRepository scores, EvaluationAccess access, InstrumentCatalog instruments,
			Assessments assessments, JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher audit) {
		this.scores = scores;
		this.access = access;
		this.instruments = instruments;
		this.assessments = assessments;
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	/** A score as sent: checked by {@link #enter}. */
	public record Entry(BigDecimal score, String source, LocalDate date) {
	}

	/** The external indicators of one evaluation, by number in instrument order (empty for SPBE). */
	@Transactional(readOnly = true)
	public Map<Integer, ExternalScoreView> of(long evaluationId, InstrumentDefinition instrument) {
		return of(List.of(evaluationId), instrument).getOrDefault(evaluationId, Map.of());
	}

	/** The external indicators of several evaluations of one instrument, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, Map<Integer, ExternalScoreView>> of(Collection<Long> evaluationIds, InstrumentDefinition instrument) {
		List<InstrumentDefinition.Indicator> external = external(instrument);
		Map<Long, Map<Integer, ExternalScoreView>> out = new HashMap<>();
		if (external.isEmpty() || evaluationIds.isEmpty()) {
			return out;
		}
		Map<Long, Map<Integer, Stored>> stored = new HashMap<>();
		for (Stored s : stored(evaluationIds)) {
			stored.computeIfAbsent(s.evaluationId(), k -> new HashMap<>()).put(s.indicatorNumber(), s);
		}
		for (Long id : evaluationIds) {
			Map<Integer, ExternalScoreView> views = new LinkedHashMap<>();
			for (InstrumentDefinition.Indicator indicator : external) {
				views.put(indicator.number(), view(indicator, stored.getOrDefault(id, Map.of()).get(indicator.number())));
			}
			out.put(id, views);
		}
		return out;
	}

	/**
	 * Enters (or replaces) the score of one external indicator of an evaluation.
	 *
	 * @throws id.spbe.common.NotFoundException for an evaluation that does not exist
	 * @throws RuleViolationException FORBIDDEN for non-administrators; BAD_INPUT for an indicator
	 *                                that is not external, a score outside its index's scale, no
	 *                                source or date, a date in the future; CONFLICT once finalised
	 */
	@Transactional
	public ExternalScoreView enter(CurrentUser admin, long evaluationId, int number, Entry entry) {
		requireAdmin(admin);
		EvaluationView evaluation = access.require(admin, evaluationId);
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		ScoreRules.Checked checked = check(instrument, number, entry);
		write(admin, evaluation, checked);
		return of(evaluationId, instrument).get(number);
	}

	/** Checks an entry against the instrument and today; field by field, so the first problem is named. */
	ScoreRules.Checked check(InstrumentDefinition instrument, int number, Entry entry) {
		InstrumentDefinition.Indicator indicator = ScoreRules.indicator(instrument, number);
		BigDecimal value = ScoreRules.value(indicator, entry.score());
		String source = ScoreRules.source(entry.source());
		LocalDate date = ScoreRules.date(entry.date(), today());
		return new ScoreRules.Checked(number, entry.score(), value, source, date);
	}

	/**
	 * Stores a checked score under the evaluation's row lock and sets the converted value at every
	 * stage; a finalised evaluation keeps its published values (reopen it first).
	 */
	void write(CurrentUser admin, EvaluationView evaluation, ScoreRules.Checked checked) {
		String state = jdbc.queryForObject("select state from evaluation where id = ? for update", String.class,
				evaluation.id());
		if (EvaluationState.FINALISED.name().equals(state)) {
			throw RuleViolationException.conflict("external.error.finalised", evaluation.agencyName());
		}
		ExternalIndexScore score = scores.findByEvaluationIdAndIndicatorNumber(evaluation.id(), checked.number())
				.orElseGet(() -> new ExternalIndexScore(evaluation.id(), checked.number()));
		score.set(checked, admin.getId(), clock.instant());
		scores.save(score);
		assessments.saveExternal(evaluation.id(), checked.number(), checked.value(), admin.getId());
		audit.publishEvent(AuditEvent.of(ENTERED, "evaluation", evaluation.id(), evaluation.agencyId(),
				"indicator " + checked.number() + ": " + checked.score().toPlainString() + " -> "
						+ Decimals.plain(checked.value()) + " (" + checked.source() + ", " + checked.date() + ")"));
	}

	LocalDate today() {
		return Wib.today(clock);
	}

	static void requireAdmin(CurrentUser user) {
		if (user.getRole() != Role.ADMIN) {
			throw RuleViolationException.forbidden("external.error.adminOnly");
		}
	}

	static List<InstrumentDefinition.Indicator> external(InstrumentDefinition instrument) {
		List<InstrumentDefinition.Indicator> out = new ArrayList<>();
		instrument.allIndicators().stream().filter(InstrumentDefinition.Indicator::isExternal).forEach(out::add);
		return out;
	}

	/** A stored score with the name of who entered it. */
	private record Stored(long evaluationId, int indicatorNumber, BigDecimal score, BigDecimal convertedValue,
			String source, LocalDate scoreDate, String enteredBy, Instant enteredAt) {
	}

	/**
	 * The stored scores of the evaluations, read with plain JDBC: through Hibernate (an entity query
	 * with a list parameter, whose SQL it works out anew on every call) this one small read was 3 %
	 * of a Pemdi indicator page.
	 */
	private List<Stored> stored(Collection<Long> evaluationIds) {
		return jdbc.query(con -> {
			PreparedStatement ps = con.prepareStatement("select s.evaluation_id, s.indicator_number, s.score, "
					+ "s.converted_value, s.source, s.score_date, u.full_name, s.entered_at from external_index_score s "
					+ "left join user_account u on u.id = s.entered_by where s.evaluation_id = any(?)");
			ps.setArray(1, con.createArrayOf("bigint", evaluationIds.toArray()));
			return ps;
		}, (rs, i) -> new Stored(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5),
				rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant()));
	}

	private static ExternalScoreView view(InstrumentDefinition.Indicator indicator, Stored s) {
		InstrumentDefinition.ExternalIndex index = indicator.externalIndex();
		if (s == null) {
			return new ExternalScoreView(indicator.number(), indicator.name(), index.code(), index.name(), null,
					ExternalIndexConversion.toValue(index, null), null, null, null, null);
		}
		return new ExternalScoreView(indicator.number(), indicator.name(), index.code(), index.name(), plain(s.score()),
				s.convertedValue(), s.source(), s.scoreDate(), s.enteredBy(), s.enteredAt());
	}

	/** 68.7500 as stored is 68.75 as entered; 70.0000 is 70. */
	private static BigDecimal plain(BigDecimal score) {
		BigDecimal stripped = score.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
