package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evidence.EvidenceStorage;
import id.spbe.evidence.EvidenceUploads;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same file uploaded many times at once: exactly one evidence item and one stored file, and
 * every other upload answered as a duplicate of it, as if they had come one after another.
 */
@IntegrationTest
class ParallelUploadTest {

	private static final int UPLOADS = 40;
	private static final int API_UPLOADS = 20;

	@Autowired
	Fixtures fixtures;
	@Autowired
	EvidenceUploads uploads;
	@Autowired
	EvidenceStorage storage;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	JsonMapper json;

	@Test
	void parallelIdenticalUploadsMakeOneItemAndTheRestAreDuplicates() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		byte[] same = ("Notulen rapat " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		long filesBefore = storage.countFiles();

		List<EvidenceUploads.UploadResult> results = all(UPLOADS, () -> uploads.upload(a.operator(), a.evaluationId(), 1,
				new EvidenceUploads.FileRequest(new EvidenceUploads.Upload("notulen.txt", new ByteArrayInputStream(same)),
						null, List.of(1), null)));

		assertThat(items(a)).isEqualTo(1);
		long id = jdbc.queryForObject("select id from evidence where evaluation_id = ?", Long.class, a.evaluationId());
		assertThat(results).filteredOn(r -> !r.duplicate()).singleElement()
				.satisfies(r -> assertThat(r.evidenceId()).isEqualTo(id));
		assertThat(results).filteredOn(EvidenceUploads.UploadResult::duplicate).hasSize(UPLOADS - 1)
				.allSatisfy(r -> assertThat(r.evidenceId()).isEqualTo(id));
		assertThat(storage.countFiles()).as("one stored file, no orphan").isEqualTo(filesBefore + 1);
	}

	@Test
	void parallelApiUploadsGetOneCreatedAndConflictsNamingIt() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		byte[] same = ("Laporan " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		long filesBefore = storage.countFiles();

		List<MockHttpServletResponse> answers = all(API_UPLOADS, () -> mvc.perform(multipart(
				"/api/evaluations/{id}/indicators/1/evidence", a.evaluationId())
				.file(new MockMultipartFile("file", "laporan.txt", "text/plain", same)).param("levels", "1")
				.with(httpBasic(a.operatorName(), "demo"))).andReturn().getResponse());

		assertThat(items(a)).isEqualTo(1);
		long id = jdbc.queryForObject("select id from evidence where evaluation_id = ?", Long.class, a.evaluationId());
		assertThat(answers).extracting(MockHttpServletResponse::getStatus).filteredOn(s -> s == 201).hasSize(1);
		List<MockHttpServletResponse> conflicts = answers.stream().filter(r -> r.getStatus() == 409).toList();
		assertThat(conflicts).hasSize(API_UPLOADS - 1);
		for (MockHttpServletResponse r : conflicts) {
			assertThat(json.readTree(r.getContentAsString()).get("duplicateOf").asLong()).isEqualTo(id);
		}
		assertThat(storage.countFiles()).as("one stored file, no orphan").isEqualTo(filesBefore + 1);
	}

	private long items(Fixtures.TestAgency a) {
		return jdbc.queryForObject("select count(*) from evidence where evaluation_id = ?", Long.class, a.evaluationId());
	}

	/** Runs {@code n} calls of {@code call} released at the same moment, and their answers. */
	private static <T> List<T> all(int n, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
