package id.spbe.agency;

import java.io.Serializable;

/** A unit's name as typed (add and rename). */
class UnitForm implements Serializable {

	private String name;

	static UnitForm of(UnitView unit) {
		UnitForm f = new UnitForm();
		f.name = unit.name();
		return f;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}
}
