package id.spbe.evaluation;

import java.time.Instant;

/** One assessor of an evaluation's team. */
public record TeamMember(long assessorId, boolean lead, Instant assignedAt) {
}
