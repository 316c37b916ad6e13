package id.spbe.agency;

import id.spbe.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * A filter of the agency list, shared by the page, the API and the CSV export.
 *
 * @param q      part of the name or the region code, any case; null for all
 * @param type   null for all types
 * @param province a province name as in the region list; null for all
 * @param active null for all, true or false
 */
record AgencySearch(String q, AgencyType type, String province, Boolean active) {

	static final int MAX_QUERY = 100;

	AgencySearch {
		q = Texts.line(q);
		if (q != null && Texts.length(q) > MAX_QUERY) {
			q = q.substring(0, q.offsetByCodePoints(0, MAX_QUERY));
		}
	}

	Specification<Agency> spec() {
		List<Specification<Agency>> parts = new ArrayList<>();
		if (q != null) {
			String like = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%";
			parts.add((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
					cb.like(root.get("regionCode"), like, '\\')));
		}
		if (type != null) {
			parts.add((root, query, cb) -> cb.equal(root.get("type"), type));
		}
		if (province != null) {
			parts.add((root, query, cb) -> cb.equal(root.get("province"), province));
		}
		if (active != null) {
			parts.add((root, query, cb) -> cb.equal(root.get("active"), active));
		}
		return Specification.allOf(parts);
	}
}
