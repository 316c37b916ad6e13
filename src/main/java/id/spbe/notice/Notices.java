package id.spbe.notice;

import id.spbe.common.Wib;
import id.spbe.user.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Needs your action": what waits for the signed-in user, the same list on the home page and in
 * {@code GET /api/notices}. Each reader sees only what is theirs to act on: an agency user their
 * own agency's evaluations, an assessor the evaluations whose team they are on, an administrator
 * the accounts and periods. A constant number of SQL statements per role (2 or 3), read as one
 * model over the tables rather than through the per-evaluation services, so a coordinator of
 * several periods or an assessor of forty evaluations costs the same. Deadlines and "days left"
 * are WIB days of the one clock.
 */
@Service
@Transactional(readOnly = true)
public class Notices {

	/** With a deadline first, soonest first; the rest after, in the order read. */
	private static final Comparator<Notice> ORDER = Comparator.comparing(Notice::deadline,
			Comparator.nullsLast(Comparator.naturalOrder()));

	private final AgencyNotices agency;
	private final AssessorNotices assessor;
	private final AdminNotices admin;
	private final Clock clock;

	Notices(AgencyNotices agency, AssessorNotices assessor, AdminNotices admin, Clock clock) {
		this.agency = agency;
		this.assessor = assessor;
		this.admin = admin;
		this.clock = clock;
	}

	/** What waits for {@code user} now; empty when nothing does. */
	public List<Notice> of(CurrentUser user) {
		Instant now = clock.instant();
		List<Notice> found = switch (user.getRole()) {
			case ADMIN -> admin.read(now, Wib.today(clock));
			case ASSESSOR -> assessor.read(user.getId(), Wib.of(now));
			case AGENCY_COORDINATOR, AGENCY_OPERATOR -> user.getAgencyId() == null ? List.of()
					: agency.read(user, Wib.today(clock));
		};
		return found.stream().sorted(ORDER).toList();
	}
}
