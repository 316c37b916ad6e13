package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.evidence.EvidenceKind;
import id.spbe.evidence.EvidenceView;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class EvidencePageTest {

	private static List<EvidenceView> items(int n) {
		return LongStream.rangeClosed(1, n).mapToObj(id -> new EvidenceView(id, 1, EvidenceKind.LINK, "t" + id,
				"https://example.go.id/" + id, LocalDate.of(2026, 1, 1), null, false, null, List.of(), List.of())).toList();
	}

	@Test
	void pagesHoldTenAndStayWithinTheList() {
		EvidencePage third = EvidencePage.of(items(45), 3, null);
		assertThat(third.items()).extracting(EvidenceView::id).containsExactly(21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 29L, 30L);
		assertThat(third.pages()).isEqualTo(5);
		assertThat(third.first()).isEqualTo(21);
		assertThat(third.last()).isEqualTo(30);
		assertThat(third.numbers()).containsExactly(1, 2, 3, 4, 5);
		assertThat(EvidencePage.of(items(45), 5, null).items()).extracting(EvidenceView::id).containsExactly(41L, 42L, 43L, 44L, 45L);
		assertThat(EvidencePage.of(items(45), 0, null).page()).isEqualTo(1);
		assertThat(EvidencePage.of(items(45), 7, null).page()).isEqualTo(5);
		assertThat(EvidencePage.of(items(40), 5, null).page()).isEqualTo(4);
	}

	@Test
	void anEmptyOrShortListIsOnePage() {
		EvidencePage empty = EvidencePage.of(List.of(), 2, null);
		assertThat(empty.items()).isEmpty();
		assertThat(empty.paged()).isFalse();
		assertThat(empty.first()).isZero();
		assertThat(empty.last()).isZero();
		assertThat(EvidencePage.of(items(10), 1, null).paged()).isFalse();
		assertThat(EvidencePage.of(items(11), 1, null).paged()).isTrue();
	}

	@Test
	void theItemARefusedFormWasAboutChoosesThePage() {
		assertThat(EvidencePage.of(items(45), 1, 44L).page()).isEqualTo(5);
		assertThat(EvidencePage.of(items(45), 2, 999L).page()).isEqualTo(2);
	}

	@Test
	void newestFirstReversesTheWorksheetsOrder() {
		assertThat(EvidencePage.newestFirst(items(3))).extracting(EvidenceView::id).containsExactly(3L, 2L, 1L);
	}

	@Test
	void pageNumbersAreReadOnlyWhenTheyAreShortNumbers() {
		assertThat(EvidencePage.parse("3")).isEqualTo(3);
		assertThat(EvidencePage.parse(null)).isEqualTo(1);
		assertThat(EvidencePage.parse("")).isEqualTo(1);
		assertThat(EvidencePage.parse("-2")).isEqualTo(1);
		assertThat(EvidencePage.parse("dua")).isEqualTo(1);
		assertThat(EvidencePage.parse("1234567")).isEqualTo(Integer.MAX_VALUE);
		assertThat(EvidencePage.parse("9".repeat(7000))).isEqualTo(Integer.MAX_VALUE);
		assertThat(EvidencePage.of(List.of(), EvidencePage.parse("1234567"), null).page()).isEqualTo(1);
		assertThat(EvidencePage.parse("٣")).isEqualTo(1);
	}
}
