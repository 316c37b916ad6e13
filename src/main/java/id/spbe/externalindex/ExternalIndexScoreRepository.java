package id.spbe.externalindex;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExternalIndexScoreRepository extends JpaRepository<ExternalIndexScore, Long> {

	/** Rows of (score, the name of who entered it): the scores of pages with their names in one statement. */
	@Query("select s, u.fullName from ExternalIndexScore s left join UserAccount u on u.id = s.enteredBy "
			+ "where s.evaluationId in :evaluationIds")
	List<Object[]> findWithNames(Collection<Long> evaluationIds);

	Optional<ExternalIndexScore> findByEvaluationIdAndIndicatorNumber(long evaluationId, int indicatorNumber);
}
