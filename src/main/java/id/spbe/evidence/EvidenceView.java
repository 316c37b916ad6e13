package id.spbe.evidence;

import id.spbe.common.Wib;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One evidence item with its file versions and the indicators it supports.
 *
 * @param current the newest file version, null for links
 * @param hidden  removed during self-assessment: not shown, file kept until the period closes
 */
public record EvidenceView(long id, long evaluationId, EvidenceKind kind, String title, String url,
		LocalDate accessedOn, String note, boolean hidden, FileVersion current, List<FileVersion> versions,
		List<Use> uses) {

	/** A stored file; {@code size} in bytes, {@code sha256} as 64 hex digits. */
	public record FileVersion(int number, String originalName, String mediaType, long size, String sha256,
			long uploadedBy, Instant uploadedAt) {

		/** Upload time in WIB (Asia/Jakarta), for display. */
		public java.time.LocalDateTime localTime() {
			return Wib.of(uploadedAt);
		}

		/** Size in whole kilobytes, rounded up, for display. */
		public long sizeKb() {
			return size / 1024 + 1;
		}

		/** True for a PDF (previewed in a frame rather than as an image). */
		public boolean isPdf() {
			return mediaType.equals("application/pdf");
		}

		/** True for types a browser shows inline (PDF and images). */
		public boolean previewable() {
			return mediaType.equals("application/pdf") || mediaType.startsWith("image/");
		}
	}

	/**
	 * Use for one indicator, for the listed levels, with the assessors' judgement of it.
	 *
	 * @param items      the instrument's evidence items it answers (Pemdi codes such as I4-L2-01),
	 *                   empty on instruments without items; the levels are then the items' levels
	 * @param reviewedBy null until an assessor judged it
	 */
	public record Use(long assessmentId, int indicatorNumber, List<Integer> levels, List<String> items,
			ReviewStatus reviewStatus, String reviewNote, Long reviewedBy, Instant reviewedAt) {

		/** True when this use answers the instrument's evidence item {@code code}. */
		public boolean answers(String code) {
			return items.contains(code);
		}
	}

	/**
	 * How the evidence is named in a list to choose from: its title, its file's name or its address
	 * (left out when it is the title, as for a link saved without one), and its number.
	 */
	public String choiceLabel() {
		String where = current != null ? current.originalName() : url;
		return (where == null || where.equals(title) ? title : title + " · " + where) + " · #" + id;
	}

	/** True for a stored file (with versions), false for a link. */
	public boolean isFile() {
		return kind == EvidenceKind.FILE;
	}

	/** True for a link (URL with the date it was accessed). */
	public boolean isLink() {
		return kind == EvidenceKind.LINK;
	}

	/** The file versions before the current one, oldest first. */
	public List<FileVersion> olderVersions() {
		return current == null ? List.of() : versions.stream().filter(v -> v.number() < current.number()).toList();
	}

	/** True when every indicator this evidence supports is among {@code numbers} (e.g. those sent back). */
	public boolean onlyUsedFor(java.util.Collection<Integer> numbers) {
		return uses.stream().allMatch(u -> numbers.contains(u.indicatorNumber()));
	}

	/** The indicators this evidence also supports besides {@code number}, ascending. */
	public List<Integer> alsoUsedFor(int number) {
		return uses.stream().map(Use::indicatorNumber).filter(n -> n != number).sorted().toList();
	}

	/**
	 * For each evidence item code of indicator {@code number}, the evidence that answers it, in the
	 * order of {@code evidence}. One pass over the evidence: asking each evidence per item was
	 * 25 x 120 scans on a Pemdi indicator page with 120 evidence items.
	 */
	public static Map<String, List<EvidenceView>> byItem(int number, List<EvidenceView> evidence) {
		Map<String, List<EvidenceView>> byItem = new HashMap<>();
		for (EvidenceView e : evidence) {
			e.useFor(number).ifPresent(u -> u.items().stream().distinct()
					.forEach(code -> byItem.computeIfAbsent(code, c -> new ArrayList<>()).add(e)));
		}
		return byItem;
	}

	/** The use for this indicator, if any. */
	public java.util.Optional<Use> useFor(int indicatorNumber) {
		return uses.stream().filter(u -> u.indicatorNumber() == indicatorNumber).findFirst();
	}
}
