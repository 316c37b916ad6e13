package id.spbe.review;

import id.spbe.common.Forms;
import id.spbe.evaluation.Transitions;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * A clarification request as typed on the review overview: the ticked indicators (their boxes sit
 * in the indicator table, outside the form), the message to the agency and the deadline.
 */
class ClarificationForm implements Serializable {

	private List<String> numbers = new ArrayList<>();
	private String message;
	private String deadline;

	/** An empty request with a deadline a week from {@code today}, the usual one. */
	static ClarificationForm startingOn(LocalDate today) {
		ClarificationForm f = new ClarificationForm();
		f.deadline = today.plusDays(7).toString();
		return f;
	}

	/** The request this form asks for; numbers and a deadline that do not parse become errors of their fields. */
	Transitions.ClarificationRequest toRequest(Errors errors) {
		return new Transitions.ClarificationRequest(Forms.integers(errors, "numbers", numbers), message,
				Forms.date(errors, "deadline", deadline));
	}

	/** True when indicator {@code number} was ticked. */
	public boolean ticked(int number) {
		return numbers.contains(String.valueOf(number));
	}

	public List<String> getNumbers() {
		return numbers;
	}

	public void setNumbers(List<String> numbers) {
		this.numbers = numbers == null ? new ArrayList<>() : new ArrayList<>(numbers);
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getDeadline() {
		return deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}
}
