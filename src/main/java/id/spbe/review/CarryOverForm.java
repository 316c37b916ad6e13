package id.spbe.review;

import java.io.Serializable;

/**
 * The carry-over button's form. It sends nothing, but a refusal (the stage moved on, not the
 * team's) still has to appear beside the button, which is what a form's errors do.
 */
class CarryOverForm implements Serializable {
}
