package id.spbe.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.spbe.common.RuleViolationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The what-if's target levels as query parameters ({@code t12=3}), read by {@link ResultsController#targets}. */
class WhatIfTargetsTest {

	private static MultiValueMap<String, String> params(String... nameValue) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (int i = 0; i < nameValue.length; i += 2) {
			params.add(nameValue[i], nameValue[i + 1]);
		}
		return params;
	}

	@Test
	void targetsAreReadByIndicatorNumber() {
		assertThat(ResultsController.targets(params("t12", "3"))).isEqualTo(Map.of(12, "3"));
		assertThat(ResultsController.targets(params("t1", " 4 ", "t47", "2,5", "t999", "5")))
				.isEqualTo(Map.of(1, "4", 47, "2,5", 999, "5"));
	}

	@Test
	void blankTargetsAndOtherParametersAreLeftOut() {
		assertThat(ResultsController.targets(params("t3", "", "t4", "  ", "simulate", "", "lang", "en"))).isEmpty();
		// a blank twin does not make a target twice
		assertThat(ResultsController.targets(params("t5", "2", "t5", ""))).isEqualTo(Map.of(5, "2"));
		assertThat(ResultsController.targets(params())).isEmpty();
	}

	@Test
	void aParameterThatIsNoIndicatorNumberIsRefusedByName() {
		for (String bad : new String[] { "tx", "t0", "t01", "t1234", "t-1", "t1.5", "target" }) {
			assertRefused(params(bad, "4"), bad);
		}
	}

	@Test
	void aTargetGivenTwiceIsRefused() {
		assertRefused(params("t12", "3", "t12", "4"), "t12");
		assertRefused(params("t12", "3", "t12", "3"), "t12");
	}

	private static void assertRefused(MultiValueMap<String, String> params, String name) {
		RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class,
				() -> ResultsController.targets(params));
		assertThat(refusal).as(params.toString()).isNotNull();
		assertThat(refusal.getKind()).isEqualTo(RuleViolationException.Kind.BAD_INPUT);
		assertThat(refusal.getMessageKey()).isEqualTo("results.error.badTarget");
		assertThat(refusal.getArguments()).containsExactly(name);
	}
}
