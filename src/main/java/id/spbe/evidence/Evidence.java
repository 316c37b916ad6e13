package id.spbe.evidence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A bukti dukung of one evaluation: a file with versions, or a link. */
@Entity
@Table(name = "evidence")
class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long evaluationId;
	@Enumerated(EnumType.STRING)
	private EvidenceKind kind;
	private String title;
	private String url;
	private LocalDate accessedOn;
	private String note;
	private boolean hidden;
	private long createdBy;
	private Instant createdAt;
	// sets: versions() gives them in order, views list the uses by id (the pages read all three
	// with plain JDBC in one statement: EvidenceReads)
	@OneToMany(mappedBy = "evidence", cascade = CascadeType.ALL)
	@OrderBy("versionNo")
	private Set<EvidenceVersion> versions = new LinkedHashSet<>();
	@OneToMany(mappedBy = "evidence", cascade = CascadeType.ALL, orphanRemoval = true)
	private Set<EvidenceUse> uses = new LinkedHashSet<>();

	protected Evidence() {
	}

	static Evidence file(long evaluationId, String title, String note, long by, Instant at) {
		Evidence e = new Evidence();
		e.evaluationId = evaluationId;
		e.kind = EvidenceKind.FILE;
		e.title = title;
		e.note = note;
		e.createdBy = by;
		e.createdAt = at;
		return e;
	}

	static Evidence link(long evaluationId, String title, String url, LocalDate accessedOn, String note, long by,
			Instant at) {
		Evidence e = file(evaluationId, title, note, by, at);
		e.kind = EvidenceKind.LINK;
		e.url = url;
		e.accessedOn = accessedOn;
		return e;
	}

	Long getId() {
		return id;
	}

	long getEvaluationId() {
		return evaluationId;
	}

	EvidenceKind getKind() {
		return kind;
	}

	boolean isHidden() {
		return hidden;
	}

	/** The file versions, oldest first. */
	List<EvidenceVersion> versions() {
		return versions.stream().sorted(java.util.Comparator.comparingInt(EvidenceVersion::versionNo)).toList();
	}

	Set<EvidenceUse> uses() {
		return uses;
	}

	EvidenceVersion addVersion(String storageKey, String originalName, String mediaType, PendingFile file, long by,
			Instant at) {
		EvidenceVersion v = new EvidenceVersion(this, versions.size() + 1, storageKey, originalName, mediaType,
				file.size(), file.sha256(), by, at);
		versions.add(v);
		return v;
	}

	EvidenceUse use(long assessmentId, EvidenceInput.Tags tags, long by, Instant at) {
		EvidenceUse use = new EvidenceUse(this, assessmentId, tags, by, at);
		uses.add(use);
		hidden = false;
		return use;
	}

	/** Removes the use for an indicator; evidence used nowhere any more is hidden, its files kept. */
	boolean unuse(long assessmentId) {
		boolean removed = uses.removeIf(u -> u.assessmentId() == assessmentId);
		if (uses.isEmpty()) {
			hidden = true;
		}
		return removed;
	}

	EvidenceView toView(java.util.Map<Long, Integer> numberByAssessment) {
		List<EvidenceVersion> ordered = versions();
		EvidenceVersion current = ordered.isEmpty() ? null : ordered.get(ordered.size() - 1);
		return new EvidenceView(id, evaluationId, kind, title, url, accessedOn, note, hidden,
				current == null ? null : current.toView(),
				ordered.stream().map(EvidenceVersion::toView).toList(),
				uses.stream().sorted(java.util.Comparator.comparing(EvidenceUse::id, java.util.Comparator.nullsLast(
						java.util.Comparator.naturalOrder())))
						.map(u -> u.toView(numberByAssessment.getOrDefault(u.assessmentId(), 0))).toList());
	}
}
