package id.spbe.review;

import id.spbe.evidence.ReviewStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An assessor's judgement of one of the Pemdi instrument's per-level evidence items for one indicator. */
@Entity
@Table(name = "evidence_item_review")
class EvidenceItemReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long assessmentId;
	private String itemCode;
	@Enumerated(EnumType.STRING)
	private ReviewStatus status;
	@Enumerated(EnumType.STRING)
	private RevisionReason reason;
	private String note;
	private long reviewedBy;
	private Instant reviewedAt;

	protected EvidenceItemReview() {
	}

	EvidenceItemReview(long assessmentId, String itemCode) {
		this.assessmentId = assessmentId;
		this.itemCode = itemCode;
	}

	void set(ReviewStatus status, RevisionReason reason, String note, long by, Instant at) {
		this.status = status;
		this.reason = reason;
		this.note = note;
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	ItemReviewView toView() {
		return new ItemReviewView(itemCode, status, reason, note, reviewedBy, reviewedAt);
	}
}
