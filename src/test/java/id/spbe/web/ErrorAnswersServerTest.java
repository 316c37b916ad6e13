package id.spbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.Fixtures;
import id.spbe.ServerTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests that only a real container sees, sent as raw HTTP because no client library sends them:
 * each gets the product's page in Indonesian (or English when chosen) or the API's JSON, with the
 * fitting status, never Tomcat's page or a stack trace.
 */
@ServerTest
class ErrorAnswersServerTest {

	/** In the application name of both languages. */
	static final String APP = "SPBE &amp; Pemdi";

	@LocalServerPort
	int port;
	@Autowired
	Fixtures fixtures;

	record Answer(int status, String body) {
	}

	@Test
	void malformedPathsGetTheErrorPageOrJson() throws Exception {
		assertPage(get("/evaluations/1%00/overview", ""), 400, "Permintaan tidak dapat diproses");
		assertPage(get("/evaluations/a%2Fb", ""), 400, "Permintaan tidak dapat diproses");
		assertJson(get("/api/instruments%00", ""), 400);
		assertJson(get("/api/instruments/a%2Fb", ""), 400);
	}

	@Test
	void aBrokenEscapeInTheQueryGetsTheErrorPageOrJson() throws Exception {
		assertPage(get("/login?x=%ZZ", ""), 400, "karakter yang tidak dapat dibaca");
		assertPage(get("/login?x=%ZZ", "Cookie: SPBE_LANG=en\r\n"), 400, "characters that cannot be read");
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		String basic = "Authorization: Basic " + java.util.Base64.getEncoder()
				.encodeToString((a.coordinatorName() + ":demo").getBytes(StandardCharsets.UTF_8)) + "\r\n";
		Answer api = get("/api/instruments?x=%ZZ", basic);
		assertJson(api, 400);
		assertThat(api.body()).contains("Permintaan tidak lengkap atau ada nilai yang tidak valid");
	}

	@Test
	void aTokenOutsideLatin1GetsTheApiAnswerWithOnlyItsMessage() throws Exception {
		Answer api = get("/api/evaluations", "Authorization: Bearer ключ\r\n");
		assertThat(api.status()).isBetween(400, 401);
		assertJson(api, api.status());
		// the page attributes every model gets (CurrentPathAdvice) once leaked into this answer
		assertThat(api.body()).doesNotContain("currentPath").doesNotContain("queryPrefix");
	}

	@Test
	void overLongHeadersAndAddressesGetTheErrorPage() throws Exception {
		Answer header = get("/login", "X-Long: " + "a".repeat(20 * 1024) + "\r\n");
		assertPage(header, header.status(), APP);
		assertThat(header.status()).isIn(400, 431);
		Answer url = get("/login?q=" + "a".repeat(70 * 1024), "");
		assertPage(url, url.status(), APP);
		assertThat(url.status()).isIn(400, 414);
		Answer api = get("/api/instruments", "X-Long: " + "a".repeat(20 * 1024) + "\r\n");
		assertThat(api.status()).isIn(400, 431);
		assertClean(api);
	}

	@Test
	void theErrorAddressItselfIsNoPage() throws Exception {
		assertPage(get("/error", ""), 404, "Halaman tidak ditemukan");
		assertPage(get("/error", "Cookie: SPBE_LANG=en\r\n"), 404, "Page not found");
	}

	@Test
	void aFileNameWithANulOnAPageIsRefusedWithTheMessage() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		String file = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000b.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nisi\r\n--XX--\r\n";
		for (String path : new String[] { "/evaluations/" + a.evaluationId() + "/indicators/1/evidence/file",
				"/evaluations/" + a.evaluationId() + "/worksheet" }) {
			Answer answer = post(path, file, file.getBytes(StandardCharsets.UTF_8).length, "");
			assertPage(answer, 400, "Nama berkas tidak dapat dibaca");
			assertThat(answer.body()).contains("data-testid=\"refusal\"");
		}
		Answer api = post("/api/evaluations/" + a.evaluationId() + "/indicators/1/evidence", file,
				file.getBytes(StandardCharsets.UTF_8).length, "Accept: text/html\r\n");
		assertJson(api, 400);
		assertThat(api.body()).contains("Nama berkas tidak dapat dibaca");
	}

	@Test
	void aMultipartBodyOverTheLimitIsRefusedAsTooLarge() throws Exception {
		String start = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.pdf\"\r\n\r\n";
		long declared = 200L * 1024 * 1024;
		Answer page = post("/evaluations/1/indicators/1/evidence/file", start, declared, "");
		assertPage(page, 413, "Unggahan terlalu besar");
		Answer api = post("/api/evaluations/1/indicators/1/evidence", start, declared,
				"Accept-Language: en\r\nAccept: image/png\r\n");
		assertJson(api, 413);
		assertThat(api.body()).contains("The upload is too large");
	}

	private void assertPage(Answer answer, int status, String text) {
		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.body()).contains(APP).contains(text).contains("<html");
		assertClean(answer);
	}

	private void assertJson(Answer answer, int status) {
		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.body()).startsWith("{\"message\":\"").doesNotContain("<html");
		assertClean(answer);
	}

	private static void assertClean(Answer answer) {
		assertThat(answer.body()).doesNotContain("Apache Tomcat").doesNotContain("Exception").doesNotContain("\tat ");
	}

	private Answer get(String target, String headers) throws IOException {
		return send(("GET " + target + " HTTP/1.0\r\nHost: localhost\r\n" + headers + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
	}

	/** A multipart POST announcing {@code length} bytes and sending only {@code body}. */
	private Answer post(String target, String body, long length, String headers) throws IOException {
		return send(("POST " + target + " HTTP/1.0\r\nHost: localhost\r\n" + headers
				+ "Content-Type: multipart/form-data; boundary=XX\r\nContent-Length: " + length + "\r\n\r\n" + body)
				.getBytes(StandardCharsets.UTF_8));
	}

	/** HTTP/1.0: the server answers without chunks and closes, so the answer is all that can be read. */
	private Answer send(byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
				// an announced body that never comes need not be waited for
				socket.shutdownOutput();
			}
			catch (IOException e) {
				// the server may answer and close before reading all of an over-long request
			}
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			InputStream in = socket.getInputStream();
			try {
				in.transferTo(answer);
			}
			catch (IOException e) {
				// a reset after the answer was read
			}
			String text = answer.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			return new Answer(Integer.parseInt(text.substring(9, 12)), end < 0 ? "" : text.substring(end + 4));
		}
	}
}
