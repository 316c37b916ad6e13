package id.spbe.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceViewTest {

	@Test
	void aChoiceNamesTheAddressOrFileOnceAndTheNumber() {
		String url = "https://pangkalpinang.go.id/layanan";
		assertThat(link("SK Walikota", url).choiceLabel()).isEqualTo("SK Walikota · " + url + " · #7");
		assertThat(link(url, url).choiceLabel()).as("a link saved without a title is titled by its address")
				.isEqualTo(url + " · #7");
		EvidenceView.FileVersion pdf = new EvidenceView.FileVersion(1, "perbup.pdf", "application/pdf", 10, "a".repeat(64),
				1, Instant.EPOCH);
		EvidenceView file = new EvidenceView(7, 1, EvidenceKind.FILE, "Perbup SPBE", null, null, null, false, pdf,
				List.of(pdf), List.of());
		assertThat(file.choiceLabel()).isEqualTo("Perbup SPBE · perbup.pdf · #7");
	}

	private static EvidenceView link(String title, String url) {
		return new EvidenceView(7, 1, EvidenceKind.LINK, title, url, LocalDate.of(2026, 11, 1), null, false, null,
				List.of(), List.of());
	}
}
