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
import java.util.ArrayList;
import java.util.List;

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
	@OneToMany(mappedBy = "evidence", cascade = CascadeType.ALL)
	@OrderBy("versionNo")
	private List<EvidenceVersion> versions = new ArrayList<>();
	@OneToMany(mappedBy = "evidence", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<EvidenceUse> uses = new ArrayList<>();

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

	List<EvidenceVersion> versions() {
		return versions;
	}

	List<EvidenceUse> uses() {
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
		EvidenceVersion current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
		return new EvidenceView(id, evaluationId, kind, title, url, accessedOn, note, hidden,
				current == null ? null : current.toView(),
				versions.stream().map(EvidenceVersion::toView).toList(),
				uses.stream().map(u -> u.toView(numberByAssessment.getOrDefault(u.assessmentId(), 0))).toList());
	}
}
