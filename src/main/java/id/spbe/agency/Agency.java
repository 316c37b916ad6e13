package id.spbe.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A government agency (instansi) that is evaluated, e.g. Pemerintah Kota Pangkalpinang. */
@Entity
@Table(name = "agency")
class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private String name;
	@Enumerated(EnumType.STRING)
	private AgencyType type;
	private String province;
	private String regionCode;
	private boolean active = true;

	protected Agency() {
	}

	Agency(String name, AgencyType type, String province) {
		this.name = name;
		this.type = type;
		this.province = province;
	}

	Agency(AgencyInput input) {
		this(input.name(), input.type(), input.province());
		this.regionCode = input.regionCode();
	}

	/** Database id. */
	public Long getId() {
		return id;
	}

	/** Official name, e.g. "Pemerintah Kota Pangkalpinang". */
	public String getName() {
		return name;
	}

	/** Kind of agency. */
	public AgencyType getType() {
		return type;
	}

	/** Province, or null for central agencies. */
	public String getProvince() {
		return province;
	}

	/** Kemendagri region code ("19" a province, "19.71" a city), null for central agencies and where unknown. */
	public String getRegionCode() {
		return regionCode;
	}

	/** False once the agency is no longer evaluated. */
	public boolean isActive() {
		return active;
	}

	void update(AgencyInput input) {
		this.name = input.name();
		this.type = input.type();
		this.province = input.province();
		this.regionCode = input.regionCode();
	}

	/** Links an agency created before the region list was loaded to its region, keeping its name. */
	void linkRegion(String code) {
		this.regionCode = code;
	}

	void setActive(boolean active) {
		this.active = active;
	}
}
