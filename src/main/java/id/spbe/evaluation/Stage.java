package id.spbe.evaluation;

import java.util.Optional;

/**
 * Stage of an evaluation at which an indicator gets a level (docs/domain.md section 4), in order: the
 * agency's self-assessment, then the assessors' document review, interview, site visit and final.
 */
public enum Stage {
	SELF, DOCUMENT_REVIEW, INTERVIEW, SITE_VISIT, FINAL;

	/** The stage before this one, whose level this one's defaults to; empty for SELF. */
	public Optional<Stage> previous() {
		return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	/** True for the assessors' stages. */
	public boolean isAssessor() {
		return this != SELF;
	}

	/** True for the agency's own stage, which has a level but no assessor's note. */
	public boolean isSelf() {
		return this == SELF;
	}

	/** True for the final stage, the only one with a recommendation. */
	public boolean isFinal() {
		return this == FINAL;
	}
}
