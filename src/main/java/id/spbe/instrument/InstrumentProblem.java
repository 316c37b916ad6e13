package id.spbe.instrument;

import java.util.List;

/**
 * One rule an instrument breaks, for files (one English line, {@link #line}) and for the
 * administrator's pages and API (the place and a message key with its arguments, in the user's
 * language).
 *
 * @param place where the problem is
 * @param rule  message key {@code instrument.rule.*}; its text says what is wrong and the rule
 * @param args  arguments of the message
 * @param text  "what is wrong (rule: the rule)" in English, for start-up logs and files
 */
record InstrumentProblem(InstrumentPlace place, String rule, List<String> args, String text) {

	/** The line of the bundled loader: "file: place: what (rule: rule)". */
	String line(String file) {
		return file + ": " + place.where() + ": " + text;
	}
}
