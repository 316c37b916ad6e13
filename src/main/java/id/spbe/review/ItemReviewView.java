package id.spbe.review;

import id.spbe.evidence.ReviewStatus;
import java.time.Instant;

/**
 * The assessor's own judgement of one evidence item code (e.g. "I1-L2-01") of one indicator.
 *
 * @param reason set exactly when the status is NEEDS_REVISION
 */
public record ItemReviewView(String code, ReviewStatus status, RevisionReason reason, String note, long reviewedBy,
		Instant reviewedAt) {
}
