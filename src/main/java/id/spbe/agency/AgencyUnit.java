package id.spbe.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit (OPD, perangkat daerah) of an agency, e.g. Diskominfo or Bappeda. */
@Entity
@Table(name = "agency_unit")
class AgencyUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long agencyId;
	private String name;
	private boolean active = true;

	protected AgencyUnit() {
	}

	AgencyUnit(long agencyId, String name) {
		this.agencyId = agencyId;
		this.name = name;
	}

	public Long getId() {
		return id;
	}

	public long getAgencyId() {
		return agencyId;
	}

	public String getName() {
		return name;
	}

	/** False once the unit is dissolved or merged: kept, since users and assignments name it. */
	public boolean isActive() {
		return active;
	}

	void rename(String name) {
		this.name = name;
	}

	void setActive(boolean active) {
		this.active = active;
	}
}
