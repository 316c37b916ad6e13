package id.spbe.agency;

/** An agency (instansi) as the other modules see it. */
public record AgencyView(long id, String name, AgencyType type, String province, boolean active) {

	static AgencyView of(Agency a) {
		return new AgencyView(a.getId(), a.getName(), a.getType(), a.getProvince(), a.isActive());
	}
}
