package id.spbe.agency;

/**
 * An agency (instansi) as the other modules see it.
 *
 * @param regionCode the Kemendagri region code ("19" a province, "19.71" a city); null for
 *        ministries and agencies not linked to the region list
 * @param active     false once the agency is no longer evaluated (it is kept, never deleted)
 */
public record AgencyView(long id, String name, AgencyType type, String province, boolean active, String regionCode) {

	static AgencyView of(Agency a) {
		return new AgencyView(a.getId(), a.getName(), a.getType(), a.getProvince(), a.isActive(), a.getRegionCode());
	}
}
