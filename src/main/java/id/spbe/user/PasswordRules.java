package id.spbe.user;

import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.stereotype.Component;

/**
 * The one password rule, for temporary passwords set by an administrator and for a user's own:
 * at least {@value #MIN_LENGTH} characters, and strong enough by nbvcxz's estimate (common
 * passwords, keyboard patterns, dates, repeats, leet spellings), with the user's username and
 * names added as the most common words, so that a password built from them counts as guessable.
 * The strength is the library's judgement, not rules of our own.
 */
@Component
class PasswordRules {

	static final int MIN_LENGTH = 12;
	/** Bound before the estimate (and bcrypt, which reads only 72 bytes anyway). */
	static final int MAX_LENGTH = 128;
	private static final String PERSONAL = "personal";
	/** The bundled dictionaries are large: read them once. */
	private static final List<Dictionary> DEFAULT_DICTIONARIES = ConfigurationBuilder.getDefaultDictionaries();

	/**
	 * Refuses a password that breaks the rule.
	 *
	 * @param names the user's username, display name and institution (nulls ignored)
	 * @throws RuleViolationException BAD_INPUT {@code password.error.*}
	 */
	void check(String password, String... names) {
		if (password == null || password.isEmpty()) {
			throw RuleViolationException.badInput("password.error.blank");
		}
		int length = Texts.length(password);
		if (length < MIN_LENGTH) {
			throw RuleViolationException.badInput("password.error.tooShort", MIN_LENGTH);
		}
		if (length > MAX_LENGTH || !password.equals(Texts.clean(password))) {
			throw RuleViolationException.badInput("password.error.tooLong", MAX_LENGTH);
		}
		Set<String> words = personalWords(names);
		Result result = estimator(words).estimate(password);
		int personal = result.getMatches().stream().filter(PasswordRules::isPersonal).mapToInt(m -> m.getToken().length())
				.sum();
		// built from the user's names: the estimate finds them, or they make up half the password
		if (personal > 0 && (!result.isMinimumEntropyMet() || personal * 2 >= password.length())) {
			throw RuleViolationException.badInput("password.error.personal");
		}
		if (!result.isMinimumEntropyMet()) {
			throw RuleViolationException.badInput("password.error.weak");
		}
	}

	private static boolean isPersonal(Match match) {
		return match instanceof DictionaryMatch d && PERSONAL.equals(d.getDictionaryName());
	}

	/** The names and each of their words of three letters or more, in lower case. */
	static Set<String> personalWords(String... names) {
		Set<String> words = new LinkedHashSet<>();
		for (String name : names) {
			if (name == null || name.isBlank()) {
				continue;
			}
			String lower = name.toLowerCase(Locale.ROOT).strip();
			words.add(lower);
			words.add(lower.replaceAll("[^\\p{L}\\p{N}]", ""));
			for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
				if (word.length() >= 3) {
					words.add(word);
				}
			}
		}
		words.remove("");
		return words;
	}

	private static Nbvcxz estimator(Set<String> words) {
		List<Dictionary> dictionaries = new ArrayList<>(DEFAULT_DICTIONARIES);
		if (!words.isEmpty()) {
			DictionaryBuilder personal = new DictionaryBuilder().setDictionaryName(PERSONAL).setExclusion(false);
			int rank = 1;
			for (String word : words) {
				personal.addWord(word, rank++);
			}
			dictionaries.add(personal.createDictionary());
		}
		return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration());
	}
}
