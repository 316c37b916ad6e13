package id.spbe.evaluation;

import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.common.Wib;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules of a period's values, plain code: a year the product knows, a name, and four stage
 * windows, each complete, from before to, in order and not overlapping (one stage ends before the
 * next begins). Dates within the years 2018 to 2100: anything else is a typo.
 */
final class PeriodRules {

	static final int MAX_NAME = 200;
	static final int LAST_YEAR = 2100;

	private PeriodRules() {
	}

	/** A stage window with the message key of its name. */
	record Named(String key, DateWindow window) {
	}

	/** The four windows of a period, in order. */
	static List<Named> windows(Evaluations.NewPeriod p) {
		return List.of(new Named("period.window.selfAssessment", new DateWindow(p.selfStart(), p.selfEnd())),
				new Named("period.window.documentReview", new DateWindow(p.reviewStart(), p.reviewEnd())),
				new Named("period.window.interview", new DateWindow(p.interviewStart(), p.interviewEnd())),
				new Named("period.window.final", new DateWindow(p.finalStart(), p.finalEnd())));
	}

	/**
	 * @throws RuleViolationException BAD_INPUT for the first rule the values break
	 */
	static void check(Evaluations.NewPeriod p) {
		if (p.year() < Wib.EARLIEST.getYear() || p.year() > LAST_YEAR) {
			throw RuleViolationException.badInput("period.error.year", String.valueOf(Wib.EARLIEST.getYear()), String.valueOf(LAST_YEAR));
		}
		String name = Texts.line(p.name());
		if (name == null) {
			throw RuleViolationException.badInput("period.error.noName");
		}
		if (Texts.length(name) > MAX_NAME) {
			throw RuleViolationException.badInput("period.error.nameTooLong", MAX_NAME);
		}
		Named previous = null;
		for (Named w : windows(p)) {
			if (!w.window().complete()) {
				throw RuleViolationException.badInput("period.error.windowMissing", Transitions.named(w.key()));
			}
			for (LocalDate d : new LocalDate[] { w.window().from(), w.window().to() }) {
				if (d.isBefore(Wib.EARLIEST) || d.getYear() > LAST_YEAR) {
					throw RuleViolationException.badInput("period.error.windowYear", Transitions.named(w.key()), d);
				}
			}
			if (w.window().from().isAfter(w.window().to())) {
				throw RuleViolationException.badInput("period.error.windowReversed", Transitions.named(w.key()),
						w.window().from(), w.window().to());
			}
			if (previous != null && !w.window().from().isAfter(previous.window().to())) {
				throw RuleViolationException.badInput("period.error.windowOverlap", Transitions.named(w.key()),
						w.window().from(), Transitions.named(previous.key()), previous.window().to());
			}
			previous = w;
		}
	}
}
