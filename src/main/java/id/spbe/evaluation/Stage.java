package id.spbe.evaluation;

/** Stage of an evaluation at which an indicator gets a value (DOMAIN.md section 4). */
public enum Stage {
	SELF
}
