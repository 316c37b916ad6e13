package id.spbe.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.spbe.common.RuleViolationException;
import id.spbe.common.Wib;
import id.spbe.instrument.BundledInstruments;
import id.spbe.instrument.InstrumentDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The input checks of evidence on their own: no Spring, no database. */
class EvidenceInputTest {

	// 18:00 UTC on 1 July is already 01:00 on 2 July in WIB; the server's zone must not matter
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-07-01T18:00:00Z"), ZoneOffset.UTC);
	private static final InstrumentDefinition SPBE_2020 = BundledInstruments.spbe2020();

	private static RuleViolationException refused(Executable check) {
		RuleViolationException e = assertThrows(RuleViolationException.class, check);
		assertThat(e.getKind()).isEqualTo(RuleViolationException.Kind.BAD_INPUT);
		return e;
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://example.go.id", "https://example.go.id/bukti?id=1#bagian",
			"http://localhost:8080/a", "HTTPS://EXAMPLE.GO.ID:443", "https://例え.jp/パス" })
	void httpAndHttpsAddressesAreAccepted(String url) {
		assertThat(EvidenceInput.checkUrl(url)).isEqualTo(url);
	}

	@Test
	void surroundingSpaceIsStrippedFromAnAddress() {
		assertThat(EvidenceInput.checkUrl("  https://example.go.id/a \n")).isEqualTo("https://example.go.id/a");
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "ftp://files.go.id/a.pdf", "file:///etc/passwd", "www.go.id",
			"http://", "https://example.go.id/a b", "https://exa mple.go.id", "https://example.go.id/a\tb",
			"https://example.go.id:port/" })
	void otherAddressesAreRefused(String url) {
		assertThat(refused(() -> EvidenceInput.checkUrl(url)).getMessageKey()).isEqualTo("evidence.error.urlScheme");
	}

	@Test
	void anAddressWithAControlCharacterIsRefusedShowingItWithout() {
		RuleViolationException e = refused(() -> EvidenceInput.checkUrl("https://example.org/a\u0000b"));
		assertThat(e.getMessageKey()).isEqualTo("evidence.error.urlScheme");
		assertThat(e.getArguments()).containsExactly("https://example.org/ab");
		assertThat(refused(() -> EvidenceInput.checkUrl("https://example.org/\u202Egpj.exe")).getMessageKey())
				.isEqualTo("evidence.error.urlScheme");
	}

	@Test
	void aMissingAddressIsRefused() {
		assertThat(refused(() -> EvidenceInput.checkUrl(null)).getMessageKey()).isEqualTo("evidence.error.urlMissing");
		assertThat(refused(() -> EvidenceInput.checkUrl("   ")).getMessageKey()).isEqualTo("evidence.error.urlMissing");
	}

	@Test
	void anAddressOver2000CharactersIsRefused() {
		String prefix = "https://example.go.id/";
		String longest = prefix + "a".repeat(2000 - prefix.length());
		assertThat(EvidenceInput.checkUrl(longest)).hasSize(2000);
		RuleViolationException e = refused(() -> EvidenceInput.checkUrl(longest + "a"));
		assertThat(e.getMessageKey()).isEqualTo("evidence.error.urlTooLong");
		assertThat(e.getArguments()).containsExactly(2000);
	}

	@Test
	void aMissingAccessDateIsRefused() {
		assertThat(refused(() -> EvidenceInput.checkAccessedOn(null, CLOCK)).getMessageKey())
				.isEqualTo("evidence.error.accessedOnMissing");
	}

	@Test
	void todayInWibIsAcceptedAndTomorrowInWibRefused() {
		LocalDate today = Wib.today(CLOCK);
		assertThat(today).isEqualTo(LocalDate.of(2021, 7, 2));
		assertThat(EvidenceInput.checkAccessedOn(today, CLOCK)).isEqualTo(today);
		RuleViolationException e = refused(() -> EvidenceInput.checkAccessedOn(today.plusDays(1), CLOCK));
		assertThat(e.getMessageKey()).isEqualTo("evidence.error.accessedOnFuture");
		assertThat(e.getArguments()).containsExactly(LocalDate.of(2021, 7, 3));
	}

	@Test
	void theEarliestAccessDateIsTheFirstOf2018() {
		assertThat(EvidenceInput.checkAccessedOn(LocalDate.of(2018, 1, 1), CLOCK)).isEqualTo(LocalDate.of(2018, 1, 1));
		RuleViolationException e = refused(() -> EvidenceInput.checkAccessedOn(LocalDate.of(2017, 12, 31), CLOCK));
		assertThat(e.getMessageKey()).isEqualTo("evidence.error.accessedOnTooEarly");
		assertThat(e.getArguments()).containsExactly(LocalDate.of(2017, 12, 31), Wib.EARLIEST);
	}

	@Test
	void levelsAreStoredSortedAndOnce() {
		assertThat(EvidenceInput.levels(SPBE_2020, List.of(3, 1, 3, 2))).isEqualTo("1,2,3");
		assertThat(EvidenceInput.levels(SPBE_2020, List.of(5))).isEqualTo("5");
		assertThat(EvidenceInput.levels(SPBE_2020, SPBE_2020.wholeLevels())).isEqualTo("1,2,3,4,5");
	}

	@Test
	void itemsOfTheIndicatorGiveTheirLevelsAndAreStoredSortedAndOnce() {
		InstrumentDefinition pemdi = BundledInstruments.pemdi2026();
		InstrumentDefinition.Indicator i4 = pemdi.indicator(4).orElseThrow();
		EvidenceInput.Tags tags = EvidenceInput.tags(pemdi, i4, List.of(5), List.of("I4-L2-01", "I4-L1-01", "I4-L2-01"));
		// the items decide the levels; levels sent beside them do not count
		assertThat(tags).isEqualTo(new EvidenceInput.Tags("1,2", "I4-L1-01,I4-L2-01"));
	}

	@Test
	void anItemCodeThatIsNotTheIndicatorsIsRefusedNamingIt() {
		InstrumentDefinition pemdi = BundledInstruments.pemdi2026();
		RuleViolationException e = refused(() -> EvidenceInput.tags(pemdi, pemdi.indicator(4).orElseThrow(), List.of(),
				List.of("I4-L1-01", "I3-L1-01")));
		assertThat(e.getMessageKey()).isEqualTo("evidence.error.unknownItem");
		assertThat(e.getArguments()).containsExactly("I3-L1-01", 4);
		assertThat(refused(() -> EvidenceInput.tags(pemdi, pemdi.indicator(4).orElseThrow(), null, List.of()))
				.getMessageKey()).isEqualTo("evidence.error.noItem");
	}

	@Test
	void itemsOnAnIndicatorWithoutItemsAreRefusedAndLevelsStayTheRule() {
		InstrumentDefinition.Indicator spbe1 = SPBE_2020.indicator(1).orElseThrow();
		assertThat(refused(() -> EvidenceInput.tags(SPBE_2020, spbe1, List.of(1), List.of("I1-L1-01"))).getMessageKey())
				.isEqualTo("evidence.error.noItemsHere");
		assertThat(EvidenceInput.tags(SPBE_2020, spbe1, List.of(2, 1), List.of())).isEqualTo(new EvidenceInput.Tags("1,2", ""));
	}

	@Test
	void noLevelIsRefused() {
		assertThat(refused(() -> EvidenceInput.levels(SPBE_2020, List.of())).getMessageKey())
				.isEqualTo("evidence.error.noLevel");
		assertThat(refused(() -> EvidenceInput.levels(SPBE_2020, null)).getMessageKey())
				.isEqualTo("evidence.error.noLevel");
	}

	@Test
	void aLevelOutsideTheScaleIsRefused() {
		for (Integer level : Arrays.asList(0, 6, -1, null)) {
			RuleViolationException e = refused(() -> EvidenceInput.levels(SPBE_2020, Arrays.asList(1, level)));
			assertThat(e.getMessageKey()).isEqualTo("evidence.error.levelOutOfScale");
			assertThat(e.getArguments()).containsExactly(level, 1, 5);
		}
	}

	@Test
	void aTitleIsCleanedAndWithoutOneTheFallbackStandsIn() {
		assertThat(EvidenceInput.title("  SK\u0000 Wali Kota \n", "sk.pdf")).isEqualTo("SK Wali Kota");
		assertThat(EvidenceInput.title("   ", "sk.pdf")).isEqualTo("sk.pdf");
		assertThat(EvidenceInput.title(null, "https://a.go.id/" + "x".repeat(400))).hasSize(EvidenceInput.MAX_TITLE);
		assertThat(EvidenceInput.title("😀".repeat(EvidenceInput.MAX_TITLE), null)).isNotNull();
	}

	@Test
	void aTitleOver300CharactersIsRefused() {
		RuleViolationException e = refused(() -> EvidenceInput.title("x".repeat(301), "sk.pdf"));
		assertThat(e.getMessageKey()).isEqualTo("evidence.error.titleTooLong");
		assertThat(e.getArguments()).containsExactly(300);
	}

	@Test
	void aNoteIsOptionalAndAtMost2000Characters() {
		assertThat(EvidenceInput.note(null)).isNull();
		assertThat(EvidenceInput.note(" \n ")).isNull();
		assertThat(EvidenceInput.note("x".repeat(2000))).hasSize(2000);
		RuleViolationException e = refused(() -> EvidenceInput.note("x".repeat(2001)));
		assertThat(e.getMessageKey()).isEqualTo("evidence.error.noteTooLong");
		assertThat(e.getArguments()).containsExactly(2000);
	}

	@Test
	void theTextCheckUsesTheKeyAndLimitItIsGiven() {
		assertThat(EvidenceInput.text("abc", 3, "some.key", null)).isEqualTo("abc");
		RuleViolationException e = refused(() -> EvidenceInput.text("abcd", 3, "some.key", null));
		assertThat(e.getMessageKey()).isEqualTo("some.key");
		assertThat(e.getArguments()).containsExactly(3);
	}

	@Test
	void sizesReadAsPeopleSayThem() {
		assertThat(EvidenceInput.humanSize(50L * 1024 * 1024)).isEqualTo("50 MB");
		assertThat(EvidenceInput.humanSize(64 * 1024)).isEqualTo("64 KB");
		assertThat(EvidenceInput.humanSize(1536 * 1024)).isEqualTo("1536 KB");
		assertThat(EvidenceInput.humanSize(500)).isEqualTo("500 B");
	}
}
