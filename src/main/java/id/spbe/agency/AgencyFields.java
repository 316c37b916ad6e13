package id.spbe.agency;

/** An agency's fields as typed or sent (page form, JSON body, CSV row), before {@link AgencyChecks}. */
record AgencyFields(String name, String type, String province, String regionCode) {
}
