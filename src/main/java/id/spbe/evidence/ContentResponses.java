package id.spbe.evidence;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Builds the download response of an evidence file: its stored media type, its size, and a
 * Content-Disposition with the original name encoded for any Unicode (RFC 6266 / RFC 5987).
 * Inline only for PDF and images; everything else is an attachment.
 */
final class ContentResponses {

	private ContentResponses() {
	}

	static ResponseEntity<InputStreamResource> of(EvidenceService.Content content, boolean inline) {
		EvidenceView.FileVersion v = content.version();
		ContentDisposition disposition = (inline && v.previewable() ? ContentDisposition.inline()
				: ContentDisposition.attachment()).filename(v.originalName(), StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
				.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
				.contentType(MediaType.parseMediaType(v.mediaType()))
				.contentLength(v.size())
				.body(new InputStreamResource(content.stream()));
	}
}
