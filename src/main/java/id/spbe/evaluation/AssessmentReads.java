package id.spbe.evaluation;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every entry of an evaluation with its stage values, read with plain JDBC in one statement for
 * the worksheet that every evaluation page reads. Through Hibernate (the entity query fetching
 * the stage values) the read took a tenth of the warm results page, most of it building entities
 * that were only turned into views. Changes made through entities earlier in the same
 * transaction are flushed first, so a caller sees what a Hibernate query would have shown.
 */
@Component
class AssessmentReads {

	private static final String ENTRIES = """
			select a.id, a.evaluation_id, a.indicator_number, a.justification, a.assignee_user_id, a.assignee_unit_id,
			       a.approved_by, a.approved_at, a.updated_by, a.updated_at, a.entry_version, a.recommendation,
			       s.stage, s.value, s.note, s.set_by, s.set_at
			from indicator_assessment a
			left join stage_score s on s.assessment_id = a.id
			where a.evaluation_id = ?
			order by a.indicator_number, s.id""";

	private final JdbcTemplate jdbc;
	private final EntityManager entities;

	AssessmentReads(JdbcTemplate jdbc, EntityManager entities) {
		this.jdbc = jdbc;
		this.entities = entities;
	}

	/** The entries by indicator number, each with its stage values (the agency's level is the SELF value). */
	List<AssessmentView> of(long evaluationId) {
		if (entities.isJoinedToTransaction()) {
			entities.flush();
		}
		List<Row> rows = new ArrayList<>();
		jdbc.query(ENTRIES, (ResultSet rs) -> {
			long id = rs.getLong("id");
			Row row = rows.isEmpty() || rows.get(rows.size() - 1).id != id ? null : rows.get(rows.size() - 1);
			if (row == null) {
				row = new Row(id, rs);
				rows.add(row);
			}
			String stage = rs.getString("stage");
			if (stage != null) {
				Stage s = Stage.valueOf(stage);
				row.stages.put(s, new StageValue(s, rs.getBigDecimal("value"), rs.getString("note"),
						nullableLong(rs, "set_by"), instant(rs, "set_at")));
			}
		}, evaluationId);
		return rows.stream().map(Row::view).toList();
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	/** One entry as its first result row gave it, gathering its stage values from the following rows. */
	private static final class Row {

		final long id;
		final long evaluationId;
		final int number;
		final String justification;
		final Long assigneeUserId;
		final Long assigneeUnitId;
		final Long approvedBy;
		final Instant approvedAt;
		final Long updatedBy;
		final Instant updatedAt;
		final long entryVersion;
		final String recommendation;
		final Map<Stage, StageValue> stages = new EnumMap<>(Stage.class);

		Row(long id, ResultSet rs) throws SQLException {
			this.id = id;
			evaluationId = rs.getLong("evaluation_id");
			number = rs.getInt("indicator_number");
			justification = rs.getString("justification");
			assigneeUserId = nullableLong(rs, "assignee_user_id");
			assigneeUnitId = nullableLong(rs, "assignee_unit_id");
			approvedBy = nullableLong(rs, "approved_by");
			approvedAt = instant(rs, "approved_at");
			updatedBy = nullableLong(rs, "updated_by");
			updatedAt = instant(rs, "updated_at");
			entryVersion = rs.getLong("entry_version");
			recommendation = rs.getString("recommendation");
		}

		AssessmentView view() {
			StageValue self = stages.get(Stage.SELF);
			BigDecimal selfLevel = self == null ? null : self.level();
			return new AssessmentView(id, evaluationId, number, selfLevel, justification, assigneeUserId,
					assigneeUnitId, approvedBy, approvedAt, updatedBy, updatedAt, entryVersion, stages, recommendation);
		}
	}
}
