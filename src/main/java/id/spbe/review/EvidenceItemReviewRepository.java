package id.spbe.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceItemReviewRepository extends JpaRepository<EvidenceItemReview, Long> {

	List<EvidenceItemReview> findByAssessmentId(long assessmentId);

	Optional<EvidenceItemReview> findByAssessmentIdAndItemCode(long assessmentId, String itemCode);
}
