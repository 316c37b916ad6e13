package id.spbe.agency;

/**
 * An agency's fields as checked by {@link AgencyChecks}: cleaned name, a province name spelled as
 * in the region list (null for a ministry without one), the region code or null.
 */
record AgencyInput(String name, AgencyType type, String province, String regionCode) {
}
