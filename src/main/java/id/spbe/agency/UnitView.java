package id.spbe.agency;

/** A unit (OPD, perangkat daerah) of an agency as the other modules see it. */
public record UnitView(long id, long agencyId, String name) {

	static UnitView of(AgencyUnit u) {
		return new UnitView(u.getId(), u.getAgencyId(), u.getName());
	}
}
