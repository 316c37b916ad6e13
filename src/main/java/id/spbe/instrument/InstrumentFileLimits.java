package id.spbe.instrument;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest instrument file (YAML or Excel) an administrator may import, and the largest draft
 * document: {@code spbe.instruments.max-file-size}, 2 MB by default (the bundled files are about
 * 200 KB). Checked before a byte is parsed.
 */
@Component
class InstrumentFileLimits {

	private final long maxBytes;

	InstrumentFileLimits(@Value("${spbe.instruments.max-file-size:2MB}") DataSize maxFileSize) {
		this.maxBytes = maxFileSize.toBytes();
	}

	long maxBytes() {
		return maxBytes;
	}
}
