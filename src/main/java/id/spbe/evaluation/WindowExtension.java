package id.spbe.evaluation;

import id.spbe.common.Wib;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An administrator's extension of one evaluation's self-assessment window, with its reason. Append-only. */
@Entity
@Table(name = "window_extension")
class WindowExtension {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long evaluationId;
	private LocalDate until;
	private LocalDate previous;
	private String reason;
	private long extendedBy;
	private Instant extendedAt;

	protected WindowExtension() {
	}

	WindowExtension(long evaluationId, LocalDate until, LocalDate previous, String reason, long extendedBy,
			Instant extendedAt) {
		this.evaluationId = evaluationId;
		this.until = until;
		this.previous = previous;
		this.reason = reason;
		this.extendedBy = extendedBy;
		this.extendedAt = extendedAt;
	}

	ExtensionView toView() {
		return new ExtensionView(until, previous, reason, extendedBy, extendedAt);
	}

	/** One extension as the pages show it: the new last day, the one before, why, who and when. */
	record ExtensionView(LocalDate until, LocalDate previous, String reason, long extendedBy, Instant extendedAt) {

		/** When, in WIB. */
		public java.time.LocalDateTime localTime() {
			return Wib.of(extendedAt);
		}
	}
}
