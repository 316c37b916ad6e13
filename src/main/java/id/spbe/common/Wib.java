package id.spbe.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Western Indonesian Time, the one zone of the product: deadlines are WIB calendar days and every
 * time shown is WIB, whatever zone the server runs in (the Docker image runs in UTC, so a
 * server-zone "today" would be yesterday between 00:00 and 07:00 WIB).
 */
public final class Wib {

	/** Asia/Jakarta. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	/**
	 * The earliest date a user may give for anything of an evaluation (a link accessed, an
	 * interview held): SPBE evaluation began in 2018 (PermenPANRB 5/2018), so an earlier date is a typo.
	 */
	public static final LocalDate EARLIEST = LocalDate.of(2018, 1, 1);

	private Wib() {
	}

	/** Today in WIB by the given clock. */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** An instant as WIB wall-clock time, or null. */
	public static LocalDateTime of(Instant at) {
		return at == null ? null : LocalDateTime.ofInstant(at, ZONE);
	}
}
