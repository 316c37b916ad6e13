package id.spbe.instrument;

import id.spbe.common.Wib;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the version pages and the API show of stored versions ({@link InstrumentVersions}): a line
 * of the list and one version with its tree and lock value, each saying whether it may still be
 * edited, so that templates ask rather than decide.
 */
final class InstrumentVersionViews {

	private InstrumentVersionViews() {
	}

	/** The badge colour of a status on the version pages. */
	static String badgeOf(InstrumentStatus status) {
		return switch (status) {
			case DRAFT -> "text-bg-warning";
			case PUBLISHED -> "text-bg-success";
			default -> "text-bg-secondary";
		};
	}

	/** One line of the version list. */
	record VersionRow(long id, String code, int version, InstrumentStatus status, Text name, List<String> periods,
			String changedBy, Instant changedAt, InstrumentAction lastAction) {
		public boolean used() {
			return !periods.isEmpty();
		}

		public String statusBadge() {
			return badgeOf(status);
		}

		public LocalDateTime changedAtWib() {
			return changedAt == null ? null : Wib.of(changedAt);
		}

		/** Only an unused draft is edited, published or deleted. */
		public boolean editable() {
			return status == InstrumentStatus.DRAFT && periods.isEmpty();
		}
	}

	/** One version with its whole tree and the lock value a save must name. */
	record StoredVersion(long id, InstrumentDefinition tree, long lock, InstrumentStatus status, List<String> periods,
			String changedBy, Instant changedAt) {
		public boolean used() {
			return !periods.isEmpty();
		}

		public String statusBadge() {
			return badgeOf(status);
		}

		public LocalDateTime changedAtWib() {
			return changedAt == null ? null : Wib.of(changedAt);
		}

		public boolean editable() {
			return status == InstrumentStatus.DRAFT && periods.isEmpty();
		}
	}
}
