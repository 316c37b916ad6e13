package id.spbe.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.common.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The password rule: length, nbvcxz's strength estimate, and the user's own names as guessable words. */
class PasswordRulesTest {

	private final PasswordRules rules = new PasswordRules();

	private static String refusal(Runnable check) {
		try {
			check.run();
			return null;
		}
		catch (RuleViolationException e) {
			return e.getMessageKey();
		}
	}

	@Test
	void shorterThanTwelveCharactersIsRefusedWithTheMinimum() {
		assertThatThrownBy(() -> rules.check("Xq7#mPz2!vL", "budi"))
				.isInstanceOfSatisfying(RuleViolationException.class, e -> {
					assertThat(e.getMessageKey()).isEqualTo("password.error.tooShort");
					assertThat(e.getArguments()).containsExactly(12);
				});
		assertThat(refusal(() -> rules.check("", "budi"))).isEqualTo("password.error.blank");
		assertThat(refusal(() -> rules.check(null, "budi"))).isEqualTo("password.error.blank");
	}

	@Test
	void commonPasswordsAndPatternsAreRefusedAsWeak() {
		for (String weak : new String[] { "password1234", "qwertyuiop123", "123456789012", "aaaaaaaaaaaa",
				"Password2024!", "iloveyou1234" }) {
			assertThat(refusal(() -> rules.check(weak, "siti", "Siti Aminah"))).as(weak).isEqualTo("password.error.weak");
		}
	}

	@Test
	void aPasswordBuiltFromTheUsersNamesIsRefusedAsPersonal() {
		assertThat(refusal(() -> rules.check("BudiSantoso2026", "bsantoso", "Budi Santoso")))
				.isEqualTo("password.error.personal");
		assertThat(refusal(() -> rules.check("koordinator.pangkal", "koordinator.pangkal", "Koordinator Uji")))
				.isEqualTo("password.error.personal");
		assertThat(refusal(() -> rules.check("pangkalpinang!!", "kominfo", "Dinas Kominfo", "Pangkalpinang")))
				.isEqualTo("password.error.personal");
	}

	@Test
	void aLongUnusualPassphraseIsAccepted() {
		assertThatCode(() -> rules.check("kuda laut terbang pelan 47", "bsantoso", "Budi Santoso"))
				.doesNotThrowAnyException();
		assertThatCode(() -> rules.check("Vq8!rT2#mXz9@Lp4", "bsantoso", "Budi Santoso")).doesNotThrowAnyException();
	}

	@Test
	void overTheBoundOrWithControlCharactersIsRefusedBeforeTheEstimate() {
		assertThat(refusal(() -> rules.check("a".repeat(129), "x"))).isEqualTo("password.error.tooLong");
		assertThat(refusal(() -> rules.check("kuda laut\u0000terbang pelan", "x"))).isEqualTo("password.error.tooLong");
	}
}
