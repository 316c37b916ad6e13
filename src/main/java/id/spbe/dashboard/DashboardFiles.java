package id.spbe.dashboard;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The exports' HTTP answers, the same for the page and the API. */
final class DashboardFiles {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
	static final MediaType XLSX = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private DashboardFiles() {
	}

	static ResponseEntity<byte[]> file(byte[] body, PeriodFigures.Period period, String extension, MediaType type) {
		String name = "dasbor-" + period.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT)
				+ "." + extension;
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.contentType(type).body(body);
	}
}
