package id.spbe.agency;

/** A unit (OPD, perangkat daerah) of an agency as the other modules see it; inactive units are kept for history. */
public record UnitView(long id, long agencyId, String name, boolean active) {

	static UnitView of(AgencyUnit u) {
		return new UnitView(u.getId(), u.getAgencyId(), u.getName(), u.isActive());
	}
}
