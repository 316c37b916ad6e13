package id.spbe.evidence;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The visible evidence of an evaluation with its file versions and uses, read with plain JDBC in
 * one statement for the worksheet pages. Through Hibernate (an entity query fetching both
 * collections) the same read took 8-9 % of the indicator page with 120 evidence items once the
 * application was warm, most of it building entities that were only turned into views. Changes
 * made through entities earlier in the same transaction are flushed first, as a Hibernate query
 * would.
 */
@Component
class EvidenceReads {

	private static final String VISIBLE = """
			select e.id, e.evaluation_id, e.kind, e.title, e.url, e.accessed_on, e.note,
			       v.version_no, v.original_name, v.media_type, v.size_bytes, v.sha256, v.uploaded_by, v.uploaded_at,
			       u.id as use_id, u.assessment_id, u.supported_levels, u.item_codes, u.review_status, u.review_note,
			       u.reviewed_by, u.reviewed_at
			from evidence e
			left join evidence_version v on v.evidence_id = e.id
			left join evidence_use u on u.evidence_id = e.id
			where e.evaluation_id = ? and e.hidden = false
			order by e.id, v.version_no, u.id""";

	private final JdbcTemplate jdbc;
	private final EntityManager entities;

	EvidenceReads(JdbcTemplate jdbc, EntityManager entities) {
		this.jdbc = jdbc;
		this.entities = entities;
	}

	/**
	 * Visible evidence, oldest first, each with its versions in order and its uses by id.
	 *
	 * @param numbers indicator number by entry (assessment) id, of the evaluation's entries
	 */
	List<EvidenceView> visible(long evaluationId, Map<Long, Integer> numbers) {
		if (entities.isJoinedToTransaction()) {
			entities.flush();
		}
		return jdbc.query(VISIBLE, rs -> {
			List<EvidenceView> views = new ArrayList<>();
			Item item = null;
			while (rs.next()) {
				long id = rs.getLong("id");
				if (item == null || item.id != id) {
					if (item != null) {
						views.add(item.view());
					}
					item = new Item(rs, id);
				}
				item.add(rs, numbers);
			}
			if (item != null) {
				views.add(item.view());
			}
			return views;
		}, evaluationId);
	}

	/** One evidence item gathered from its rows (one per version and use). */
	private static final class Item {
		final long id;
		final long evaluationId;
		final EvidenceKind kind;
		final String title;
		final String url;
		final LocalDate accessedOn;
		final String note;
		final Map<Integer, EvidenceView.FileVersion> versions = new LinkedHashMap<>();
		final Map<Long, EvidenceView.Use> uses = new LinkedHashMap<>();

		Item(ResultSet rs, long id) throws SQLException {
			this.id = id;
			this.evaluationId = rs.getLong("evaluation_id");
			this.kind = EvidenceKind.valueOf(rs.getString("kind"));
			this.title = rs.getString("title");
			this.url = rs.getString("url");
			this.accessedOn = rs.getObject("accessed_on", LocalDate.class);
			this.note = rs.getString("note");
		}

		void add(ResultSet rs, Map<Long, Integer> numbers) throws SQLException {
			int versionNo = rs.getInt("version_no");
			if (!rs.wasNull() && !versions.containsKey(versionNo)) {
				versions.put(versionNo, new EvidenceView.FileVersion(versionNo, rs.getString("original_name"),
						rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
						rs.getLong("uploaded_by"), instant(rs, "uploaded_at")));
			}
			long useId = rs.getLong("use_id");
			if (!rs.wasNull() && !uses.containsKey(useId)) {
				long assessmentId = rs.getLong("assessment_id");
				long reviewedBy = rs.getLong("reviewed_by");
				Long by = rs.wasNull() ? null : reviewedBy;
				uses.put(useId, new EvidenceView.Use(assessmentId, numbers.getOrDefault(assessmentId, 0),
						EvidenceUse.levels(rs.getString("supported_levels")), EvidenceUse.items(rs.getString("item_codes")),
						ReviewStatus.valueOf(rs.getString("review_status")), rs.getString("review_note"), by,
						instant(rs, "reviewed_at")));
			}
		}

		EvidenceView view() {
			List<EvidenceView.FileVersion> ordered = List.copyOf(versions.values());
			EvidenceView.FileVersion current = ordered.isEmpty() ? null : ordered.get(ordered.size() - 1);
			return new EvidenceView(id, evaluationId, kind, title, url, accessedOn, note, false, current, ordered,
					List.copyOf(uses.values()));
		}

		private static Instant instant(ResultSet rs, String column) throws SQLException {
			OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
			return at == null ? null : at.toInstant();
		}
	}
}
