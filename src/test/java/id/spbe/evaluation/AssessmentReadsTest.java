package id.spbe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worksheet's JDBC read of an evaluation's entries gives the same views as the entities it
 * replaced: the agency's level, justification, assignment, approval, an assessor's level, note
 * and recommendation, entries without any value; and it sees a change made through the entities
 * earlier in the same transaction.
 */
@IntegrationTest
class AssessmentReadsTest {

	@Autowired
	Fixtures fixtures;
	@Autowired
	Assessments assessments;
	@Autowired
	AssessmentReads reads;
	@Autowired
	IndicatorAssessmentRepository repository;
	@Autowired
	PlatformTransactionManager txManager;

	@Test
	void readsWhatTheEntitiesHold() {
		Fixtures.InReview c = fixtures.inDocumentReview();
		long id = c.id();
		long lead = c.team().lead().getId();
		assessments.saveStage(id, 2, new Assessments.StageEntry(Stage.DOCUMENT_REVIEW, new BigDecimal("2"),
				"Dokumen belum ditandatangani", null), lead);
		assessments.saveStage(id, 3, new Assessments.StageEntry(Stage.DOCUMENT_REVIEW, null, "Sesuai", null), lead);
		Fixtures.TestAgency other = fixtures.newAgency("pemdi-2026");
		assessments.assign(other.evaluationId(), 4, other.operator().getId(), null, other.coordinator().getId());

		for (long evaluation : new long[] { id, other.evaluationId() }) {
			List<AssessmentView> read = reads.of(evaluation);
			assertThat(read).isEqualTo(fromEntities(evaluation));
			assertThat(read).extracting(AssessmentView::number).isSorted().doesNotHaveDuplicates();
		}
		AssessmentView two = reads.of(id).get(1);
		assertThat(two.selfLevel()).isEqualByComparingTo("3");
		assertThat(two.levelAt(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("2");
		assertThat(two.noteAt(Stage.DOCUMENT_REVIEW)).isEqualTo("Dokumen belum ditandatangani");
		assertThat(two.stages().get(Stage.DOCUMENT_REVIEW).setBy()).isEqualTo(lead);
		assertThat(two.approved()).isTrue();
		assertThat(reads.of(other.evaluationId()).get(3).assigneeUserId()).isEqualTo(other.operator().getId());
		assertThat(reads.of(other.evaluationId()).get(3).selfLevel()).isNull();
	}

	@Test
	void seesAChangeMadeThroughTheEntitiesInTheSameTransaction() {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		long id = a.evaluationId();
		long operator = a.operator().getId();
		// the entity changed and nothing queried since: Hibernate holds the UPDATE back until a flush
		AssessmentView seen = new TransactionTemplate(txManager).execute(tx -> {
			repository.findByEvaluationIdAndIndicatorNumber(id, 7).orElseThrow().assign(operator, null, operator,
					java.time.Instant.now());
			return reads.of(id).get(6);
		});
		assertThat(seen.assigneeUserId()).isEqualTo(operator);
	}

	private List<AssessmentView> fromEntities(long evaluationId) {
		return new TransactionTemplate(txManager).execute(tx -> java.util.stream.IntStream.rangeClosed(1, 47)
				.mapToObj(n -> repository.findByEvaluationIdAndIndicatorNumber(evaluationId, n))
				.flatMap(java.util.Optional::stream).map(IndicatorAssessment::toView).toList());
	}
}
