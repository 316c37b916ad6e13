package id.spbe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.common.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of a period's values and of the agency's window, without a database. */
class PeriodRulesTest {

	static final LocalDate D = LocalDate.of(2030, 1, 1);

	static Evaluations.NewPeriod period(LocalDate... d) {
		return new Evaluations.NewPeriod(2030, "Evaluasi Uji", 1, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]);
	}

	static Evaluations.NewPeriod good() {
		return period(D, D.plusDays(30), D.plusDays(31), D.plusDays(60), D.plusDays(61), D.plusDays(90), D.plusDays(91),
				D.plusDays(120));
	}

	private static String refusal(Evaluations.NewPeriod p) {
		try {
			PeriodRules.check(p);
			return null;
		}
		catch (RuleViolationException e) {
			return e.getMessageKey();
		}
	}

	@Test
	void windowsInOrderPass() {
		assertThat(refusal(good())).isNull();
		// one stage may start the day after the previous ends
		assertThat(refusal(period(D, D, D.plusDays(1), D.plusDays(1), D.plusDays(2), D.plusDays(2), D.plusDays(3),
				D.plusDays(3)))).isNull();
	}

	@Test
	void aWindowEndingBeforeItStartsIsRefused() {
		assertThat(refusal(period(D.plusDays(30), D, D.plusDays(31), D.plusDays(60), D.plusDays(61), D.plusDays(90),
				D.plusDays(91), D.plusDays(120)))).isEqualTo("period.error.windowReversed");
	}

	@Test
	void overlappingOrOutOfOrderWindowsAreRefused() {
		// document review starts on the last day of self-assessment
		assertThat(refusal(period(D, D.plusDays(30), D.plusDays(30), D.plusDays(60), D.plusDays(61), D.plusDays(90),
				D.plusDays(91), D.plusDays(120)))).isEqualTo("period.error.windowOverlap");
		// the interview before the document review
		assertThat(refusal(period(D, D.plusDays(10), D.plusDays(40), D.plusDays(60), D.plusDays(11), D.plusDays(20),
				D.plusDays(91), D.plusDays(120)))).isEqualTo("period.error.windowOverlap");
		// final inside the interview
		assertThat(refusal(period(D, D.plusDays(30), D.plusDays(31), D.plusDays(60), D.plusDays(61), D.plusDays(90),
				D.plusDays(80), D.plusDays(120)))).isEqualTo("period.error.windowOverlap");
	}

	@Test
	void everyWindowIsRequiredAndYearsArePlausible() {
		assertThat(refusal(period(D, D.plusDays(30), D.plusDays(31), D.plusDays(60), null, D.plusDays(90), D.plusDays(91),
				D.plusDays(120)))).isEqualTo("period.error.windowMissing");
		assertThat(refusal(period(LocalDate.of(2017, 1, 1), D, D.plusDays(31), D.plusDays(60), D.plusDays(61),
				D.plusDays(90), D.plusDays(91), D.plusDays(120)))).isEqualTo("period.error.windowYear");
		Evaluations.NewPeriod p = good();
		assertThat(refusal(new Evaluations.NewPeriod(1999, p.name(), 1, p.selfStart(), p.selfEnd(), p.reviewStart(),
				p.reviewEnd(), p.interviewStart(), p.interviewEnd(), p.finalStart(), p.finalEnd())))
				.isEqualTo("period.error.year");
		assertThat(refusal(new Evaluations.NewPeriod(2030, " ", 1, p.selfStart(), p.selfEnd(), p.reviewStart(),
				p.reviewEnd(), p.interviewStart(), p.interviewEnd(), p.finalStart(), p.finalEnd())))
				.isEqualTo("period.error.noName");
	}

	@Test
	void theAgencysWindowCountsDaysLeftAndTheExtension() {
		DateWindow self = new DateWindow(D, D.plusDays(30));
		AgencyWindow lastDay = new AgencyWindow(self, null, D.plusDays(30));
		assertThat(lastDay.open()).isTrue();
		assertThat(lastDay.daysLeft()).isEqualTo(1);
		assertThat(new AgencyWindow(self, null, D.plusDays(28)).daysLeft()).isEqualTo(3);
		AgencyWindow after = new AgencyWindow(self, null, D.plusDays(31));
		assertThat(after.open()).isFalse();
		assertThat(after.notYetOpen()).isFalse();
		assertThat(after.daysLeft()).isZero();
		AgencyWindow before = new AgencyWindow(self, null, D.minusDays(1));
		assertThat(before.open()).isFalse();
		assertThat(before.notYetOpen()).isTrue();
		AgencyWindow extended = new AgencyWindow(self, D.plusDays(40), D.plusDays(31));
		assertThat(extended.open()).isTrue();
		assertThat(extended.lastDay()).isEqualTo(D.plusDays(40));
		assertThat(extended.daysLeft()).isEqualTo(10);
	}
}
