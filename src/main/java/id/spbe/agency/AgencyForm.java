package id.spbe.agency;

import java.io.Serializable;

/** The agency form as typed (new and edit): kept as text so a refused form shows it again unchanged. */
class AgencyForm implements Serializable {

	private String name;
	private String type;
	private String province;
	private String regionCode;

	static AgencyForm of(AgencyView a) {
		AgencyForm f = new AgencyForm();
		f.name = a.name();
		f.type = a.type().name();
		f.province = a.province();
		f.regionCode = a.regionCode();
		return f;
	}

	AgencyFields fields() {
		return new AgencyFields(name, type, province, regionCode);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getProvince() {
		return province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}
}
