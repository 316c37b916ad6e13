package id.spbe.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.Transitions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worksheet pages' JDBC read of an evaluation's evidence gives the same views as the entities
 * it replaced: files with several versions, links, uses on several indicators with levels and
 * Pemdi item codes, judged and unjudged uses; removed evidence left out.
 */
@IntegrationTest
class EvidenceReadsTest {

	@Autowired
	Fixtures fixtures;
	@Autowired
	EvidenceService evidence;
	@Autowired
	EvidenceUploads uploads;
	@Autowired
	EvidenceReads reads;
	@Autowired
	EvidenceRepository repository;
	@Autowired
	Transitions transitions;
	@Autowired
	Assessments assessments;
	@Autowired
	PlatformTransactionManager txManager;

	@Test
	void readsWhatTheEntitiesHold() {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		long id = a.evaluationId();
		long file = uploads.upload(a.operator(), id, 3, new EvidenceUploads.FileRequest(upload("sk.txt", "SK v1"), "SK",
				List.of(1, 2), fixtures.itemCodes(a, 3).subList(0, 2), "catatan")).evidenceId();
		uploads.uploadVersion(a.operator(), id, 3, file, upload("sk-2.txt", "SK v2"));
		evidence.reuse(a.operator(), id, 4, file, List.of(3), fixtures.itemCodes(a, 4).subList(0, 1));
		long removed = evidence.addLink(a.operator(), id, 5, new EvidenceService.LinkRequest("https://example.go.id/lama",
				LocalDate.of(2026, 11, 2), "Lama", List.of(1), null));
		evidence.remove(a.operator(), id, 5, removed);
		fixtures.submit(a);
		Fixtures.Team team = fixtures.team(a);
		transitions.move(team.lead(), id, EvaluationAction.START_DOCUMENT_REVIEW, null);
		evidence.review(team.lead(), id, 3, file, ReviewStatus.NEEDS_REVISION, "Tanggal tidak terbaca");

		Map<Long, Integer> numbers = numbers(id);
		List<EvidenceView> read = reads.visible(id, numbers);

		assertThat(read).isEqualTo(fromEntities(id, numbers));
		assertThat(read).extracting(EvidenceView::id).doesNotContain(removed).contains(file).hasSize(2);
		EvidenceView sk = read.stream().filter(e -> e.id() == file).findFirst().orElseThrow();
		assertThat(sk.versions()).extracting(EvidenceView.FileVersion::originalName).containsExactly("sk.txt", "sk-2.txt");
		assertThat(sk.current().number()).isEqualTo(2);
		assertThat(sk.uses()).extracting(EvidenceView.Use::indicatorNumber).containsExactly(3, 4);
		assertThat(sk.uses().get(0).items()).isEqualTo(fixtures.itemCodes(a, 3).subList(0, 2));
		EvidenceView.Use judgedUse = sk.useFor(3).orElseThrow();
		assertThat(judgedUse.reviewStatus()).isEqualTo(ReviewStatus.NEEDS_REVISION);
		assertThat(judgedUse.reviewNote()).isEqualTo("Tanggal tidak terbaca");
		assertThat(judgedUse.reviewedBy()).isEqualTo(team.lead().getId());
		assertThat(judgedUse.reviewedAt()).isNotNull();
	}

	@Test
	void seesAChangeMadeThroughTheEntitiesInTheSameTransaction() {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		long id = a.evaluationId();
		long link = evidence.addLink(a.operator(), id, 3, new EvidenceService.LinkRequest("https://example.go.id/sk",
				LocalDate.of(2026, 11, 2), "SK", List.of(1), null));
		evidence.reuse(a.operator(), id, 4, link, List.of(2), null);
		Map<Long, Integer> numbers = numbers(id);
		long onFour = numbers.entrySet().stream().filter(x -> x.getValue() == 4).findFirst().orElseThrow().getKey();
		// the use removed from the entity and nothing queried since: Hibernate holds the DELETE back until a flush
		List<Integer> usedOn = new TransactionTemplate(txManager).execute(tx -> {
			repository.findById(link).orElseThrow().unuse(onFour);
			return reads.visible(id, numbers).stream().filter(e -> e.id() == link).findFirst().orElseThrow().uses()
					.stream().map(EvidenceView.Use::indicatorNumber).toList();
		});
		assertThat(usedOn).containsExactly(3);
	}

	private List<EvidenceView> fromEntities(long evaluationId, Map<Long, Integer> numbers) {
		TransactionTemplate tx = new TransactionTemplate(txManager);
		return tx.execute(s -> repository.findAll().stream().filter(e -> e.getEvaluationId() == evaluationId)
				.filter(e -> !e.isHidden()).sorted(Comparator.comparing(Evidence::getId)).map(e -> e.toView(numbers))
				.toList());
	}

	private Map<Long, Integer> numbers(long evaluationId) {
		return assessments.list(evaluationId).stream()
				.collect(Collectors.toMap(x -> x.id(), x -> x.number()));
	}

	private static EvidenceUploads.Upload upload(String name, String text) {
		return new EvidenceUploads.Upload(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}
}
