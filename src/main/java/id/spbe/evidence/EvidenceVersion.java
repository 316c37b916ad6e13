package id.spbe.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One uploaded file of an evidence item; older versions are kept. */
@Entity
@Table(name = "evidence_version")
class EvidenceVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "evidence_id")
	private Evidence evidence;
	private int versionNo;
	private String storageKey;
	private String originalName;
	private String mediaType;
	private long sizeBytes;
	private String sha256;
	private long uploadedBy;
	private Instant uploadedAt;

	protected EvidenceVersion() {
	}

	EvidenceVersion(Evidence evidence, int versionNo, String storageKey, String originalName, String mediaType,
			long sizeBytes, String sha256, long uploadedBy, Instant uploadedAt) {
		this.evidence = evidence;
		this.versionNo = versionNo;
		this.storageKey = storageKey;
		this.originalName = originalName;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	int versionNo() {
		return versionNo;
	}

	String storageKey() {
		return storageKey;
	}

	String sha256() {
		return sha256;
	}

	EvidenceView.FileVersion toView() {
		return new EvidenceView.FileVersion(versionNo, originalName, mediaType, sizeBytes, sha256, uploadedBy, uploadedAt);
	}
}
