package id.spbe.review;

import id.spbe.evidence.ReviewStatus;
import java.time.Instant;

/** The judgement of one evidence item code (e.g. "I1.L2.a") of one indicator. */
public record ItemReviewView(String code, ReviewStatus status, String note, long reviewedBy, Instant reviewedAt) {
}
