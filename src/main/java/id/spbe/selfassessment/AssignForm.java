package id.spbe.selfassessment;

import id.spbe.common.Forms;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;

/** The coordinator's assignment on the overview: the ticked indicators and the operator or unit chosen. */
class AssignForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private List<String> numbers = new ArrayList<>();
	private String operatorId;
	private String unitId;

	/** The assignment to make; malformed numbers or ids become errors of their fields. */
	SelfAssessmentService.Assignment assignment(Errors errors) {
		return new SelfAssessmentService.Assignment(Forms.integers(errors, "numbers", numbers),
				Forms.whole(errors, "operatorId", operatorId), Forms.whole(errors, "unitId", unitId));
	}

	/** True when the indicator was ticked, so a refused assignment shows the same ticks. */
	public boolean ticks(int number) {
		return numbers.contains(String.valueOf(number));
	}

	public List<String> getNumbers() {
		return numbers;
	}

	public void setNumbers(List<String> numbers) {
		this.numbers = numbers == null ? new ArrayList<>() : new ArrayList<>(numbers);
	}

	public String getOperatorId() {
		return operatorId;
	}

	public void setOperatorId(String operatorId) {
		this.operatorId = operatorId;
	}

	public String getUnitId() {
		return unitId;
	}

	public void setUnitId(String unitId) {
		this.unitId = unitId;
	}
}
