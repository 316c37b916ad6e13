package id.spbe.agency;

/** Kind of agency (instansi): central ministry or agency, province, regency or city. */
public enum AgencyType {
	KEMENTERIAN_LEMBAGA, PROVINSI, KABUPATEN, KOTA
}
