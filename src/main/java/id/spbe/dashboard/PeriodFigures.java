package id.spbe.dashboard;

import id.spbe.agency.AgencyType;
import id.spbe.evaluation.EvaluationState;
import id.spbe.instrument.IndexCalculator;
import id.spbe.instrument.IndexInputException;
import id.spbe.instrument.IndexResult;
import id.spbe.instrument.InstrumentDefinition;
import java.math.BigDecimal;
import java.sql.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a period's evaluations for the dashboard in a constant number of statements, whatever
 * the number of agencies: the period, then every evaluation with its agency and change number,
 * then, for the evaluations whose figures are not cached at that change number, their progress
 * counts and their SELF and FINAL levels (two statements for all of them, however many).
 *
 * <p>Why a cache, and why it is never stale: the figures need every entry, stage value and
 * evidence use of the period (hundreds of thousands of rows nationally), but between two looks
 * only a few evaluations change. The database bumps {@code evaluation_change.change_no} in the
 * writing transaction of every statement that changes an entry, a stage value, an evidence use
 * or an evidence item (Flyway V14 triggers), and the caller reads the counters and the rows in one
 * REPEATABLE READ snapshot, so a cached figure is used only at exactly the change number it was
 * computed from. Names, types, provinces and states are read fresh every time.
 *
 * <p>Reads tables of the evaluation, agency and evidence modules directly: a national read model
 * through their per-evaluation services would cost statements per agency.
 */
@Component
class PeriodFigures {

	private static final Logger log = LoggerFactory.getLogger(PeriodFigures.class);

	/** A period as the dashboard needs it. */
	record Period(long id, String name, int year, long instrumentId) {
	}

	private record Cached(long instrumentId, long changeNo, EvaluationFigures figures) {
	}

	private record Row(long evaluationId, long agencyId, String name, AgencyType type, String province,
			EvaluationState state, long changeNo) {
	}

	private final JdbcTemplate jdbc;
	// evaluation id -> figures at a change number; bounded by the number of evaluations stored
	private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

	PeriodFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Period> period(long id) {
		return jdbc.query("select id, name, year, instrument_id from evaluation_period where id = ?",
				(rs, n) -> new Period(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4)), id).stream().findFirst();
	}

	/** Every period, newest year first. */
	List<Period> periods() {
		return jdbc.query("select id, name, year, instrument_id from evaluation_period order by year desc, name",
				(rs, n) -> new Period(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4)));
	}

	/**
	 * Every evaluation of the period with its figures. The caller runs this in one REPEATABLE READ
	 * transaction (see the class comment).
	 */
	List<AgencyFigures> figures(Period period, InstrumentDefinition instrument) {
		List<Row> rows = jdbc.query("""
				select e.id, a.id, a.name, a.type, a.province, e.state, coalesce(c.change_no, 0)
				from evaluation e
				join agency a on a.id = e.agency_id
				left join evaluation_change c on c.evaluation_id = e.id
				where e.period_id = ?""",
				(rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), AgencyType.valueOf(rs.getString(4)),
						rs.getString(5), EvaluationState.valueOf(rs.getString(6)), rs.getLong(7)),
				period.id());
		Map<Long, EvaluationFigures> figures = new HashMap<>();
		List<Row> stale = new ArrayList<>();
		for (Row r : rows) {
			Cached c = cache.get(r.evaluationId());
			if (c != null && c.changeNo() == r.changeNo() && c.instrumentId() == period.instrumentId()) {
				figures.put(r.evaluationId(), c.figures());
			}
			else {
				stale.add(r);
			}
		}
		if (!stale.isEmpty()) {
			figures.putAll(recompute(stale, period, instrument));
		}
		return rows.stream().map(r -> new AgencyFigures(r.evaluationId(), r.agencyId(), r.name(), r.type(),
				r.province(), r.state(), figures.get(r.evaluationId()))).toList();
	}

	/** Figures of these evaluations from the snapshot, stored in the cache at the change number read with them. */
	private Map<Long, EvaluationFigures> recompute(List<Row> rows, Period period, InstrumentDefinition instrument) {
		List<Long> ids = rows.stream().map(Row::evaluationId).toList();
		Map<Long, int[]> counts = counts(ids);
		Map<Long, Map<Integer, BigDecimal>> self = new HashMap<>();
		Map<Long, Map<Integer, BigDecimal>> fin = new HashMap<>();
		jdbc.query(con -> {
			var ps = con.prepareStatement("""
					select ia.evaluation_id, s.stage, ia.indicator_number, s.value
					from stage_score s join indicator_assessment ia on ia.id = s.assessment_id
					where ia.evaluation_id = any(?) and s.stage in ('SELF', 'FINAL') and s.value is not null""");
			ps.setArray(1, array(con, ids));
			return ps;
		}, rs -> {
			Map<Long, Map<Integer, BigDecimal>> target = "SELF".equals(rs.getString(2)) ? self : fin;
			target.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(3), rs.getBigDecimal(4));
		});
		Map<Long, EvaluationFigures> computed = new HashMap<>();
		for (Row r : rows) {
			long id = r.evaluationId();
			int[] c = counts.getOrDefault(id, new int[5]);
			EvaluationFigures f = new EvaluationFigures(c[0], c[1], c[2], c[3], c[4],
					index(instrument, id, self.get(id)), index(instrument, id, fin.get(id)));
			cache.put(id, new Cached(period.instrumentId(), r.changeNo(), f));
			computed.put(id, f);
		}
		return computed;
	}

	/**
	 * Per evaluation: entries, with a self level, justified, with visible evidence, approved; only the
	 * indicators the agency assesses (those fed by a national index hold a value from the start).
	 */
	private Map<Long, int[]> counts(List<Long> ids) {
		Map<Long, int[]> counts = new HashMap<>();
		jdbc.query(con -> {
			var ps = con.prepareStatement("""
					select ia.evaluation_id, count(*), count(s.value),
					       count(*) filter (where ia.justification ~ '[^[:space:]]'),
					       count(*) filter (where exists (select 1 from evidence_use u
					              join evidence ev on ev.id = u.evidence_id and not ev.hidden
					              where u.assessment_id = ia.id)),
					       count(ia.approved_by)
					from indicator_assessment ia
					join evaluation e on e.id = ia.evaluation_id
					join evaluation_period p on p.id = e.period_id
					join indicator i on i.instrument_id = p.instrument_id and i.number = ia.indicator_number
					left join stage_score s on s.assessment_id = ia.id and s.stage = 'SELF'
					where ia.evaluation_id = any(?) and i.value_source = 'ASSESSED'
					group by ia.evaluation_id""");
			ps.setArray(1, array(con, ids));
			return ps;
		}, rs -> {
			counts.put(rs.getLong(1), new int[] { rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6) });
		});
		return counts;
	}

	/** The exact index of a complete set of levels, by the instrument's calculator; null when incomplete. */
	private static BigDecimal index(InstrumentDefinition instrument, long evaluationId, Map<Integer, BigDecimal> values) {
		if (values == null) {
			return null;
		}
		try {
			IndexResult r = IndexCalculator.compute(instrument, values);
			return r.complete() ? r.overallExact() : null;
		}
		catch (IndexInputException stored) {
			// a stored level the instrument refuses must not take the national dashboard down
			log.warn("Evaluation {}: stored levels refused by {}: {}", evaluationId, instrument.code(), stored.getMessage());
			return null;
		}
	}

	private static Array array(java.sql.Connection con, List<Long> ids) throws java.sql.SQLException {
		return con.createArrayOf("bigint", new ArrayList<>(ids).toArray());
	}
}
