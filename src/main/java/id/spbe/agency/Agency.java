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
	private boolean active = true;

	protected Agency() {
	}

	Agency(String name, AgencyType type, String province) {
		this.name = name;
		this.type = type;
		this.province = province;
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

	/** False once the agency is no longer evaluated. */
	public boolean isActive() {
		return active;
	}
}
