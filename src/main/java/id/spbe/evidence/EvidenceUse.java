package id.spbe.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Evidence used for one indicator, for some of its levels or evidence items; the assessor judges each use. */
@Entity
@Table(name = "evidence_use")
class EvidenceUse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "evidence_id")
	private Evidence evidence;
	private long assessmentId;
	private String supportedLevels;
	private String itemCodes = "";
	@Enumerated(EnumType.STRING)
	private ReviewStatus reviewStatus = ReviewStatus.PENDING;
	private String reviewNote;
	private Long reviewedBy;
	private Instant reviewedAt;
	private long createdBy;
	private Instant createdAt;

	protected EvidenceUse() {
	}

	EvidenceUse(Evidence evidence, long assessmentId, EvidenceInput.Tags tags, long createdBy, Instant createdAt) {
		this.evidence = evidence;
		this.assessmentId = assessmentId;
		this.supportedLevels = tags.levels();
		this.itemCodes = tags.items();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	Long id() {
		return id;
	}

	long assessmentId() {
		return assessmentId;
	}

	void setTags(EvidenceInput.Tags tags) {
		this.supportedLevels = tags.levels();
		this.itemCodes = tags.items();
	}

	void review(ReviewStatus status, String note, long by, Instant at) {
		this.reviewStatus = status;
		this.reviewNote = note;
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	/** A new file version is judged afresh; the earlier note stays for reference. */
	void reopenReview() {
		this.reviewStatus = ReviewStatus.PENDING;
	}

	EvidenceView.Use toView(int indicatorNumber) {
		return new EvidenceView.Use(assessmentId, indicatorNumber, levels(supportedLevels), items(itemCodes),
				reviewStatus, reviewNote, reviewedBy, reviewedAt);
	}

	/** The levels stored as "1,2,3". */
	static List<Integer> levels(String stored) {
		return Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
	}

	/** The evidence item codes stored as "I4-L2-01,I4-L2-02", or none. */
	static List<String> items(String stored) {
		return Arrays.stream(stored.split(",")).filter(c -> !c.isEmpty()).toList();
	}
}
