package id.spbe.user;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * The administrator's filter of the user list: a text searched in username and display name,
 * a role, an agency, locked accounts only; every part optional.
 */
record UserQuery(String text, Role role, Long agencyId, boolean lockedOnly) {

	static final int MAX_TEXT = 100;

	/** The filter as a query over {@code user_account} at {@code now} (a lock counts while it lasts). */
	Specification<UserAccount> specification(Instant now) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (text != null && !text.isBlank()) {
				String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
						.replace("_", "\\_") + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("username")), like, '\\'),
						cb.like(cb.lower(root.get("fullName")), like, '\\')));
			}
			if (role != null) {
				where.add(cb.equal(root.get("role"), role));
			}
			if (agencyId != null) {
				where.add(cb.equal(root.get("agencyId"), agencyId));
			}
			if (lockedOnly) {
				where.add(cb.greaterThan(root.get("lockedUntil"), now));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
