package id.spbe.agency;

import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's filter as it arrives in the query string (page and CSV export): unknown values are
 * ignored rather than refused, since a filter only narrows what is shown.
 */
record AgencyFilter(String q, String type, String province, String status, String page) {

	AgencySearch search(RegionList regions) {
		AgencyType t = null;
		if (type != null && !type.isBlank()) {
			try {
				t = AgencyType.valueOf(type.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ignored) {
				// an unknown type filters nothing
			}
		}
		String p = regions.province(province).map(RegionList.Province::name).orElse(null);
		Boolean active = "active".equals(status) ? Boolean.TRUE : "inactive".equals(status) ? Boolean.FALSE : null;
		return new AgencySearch(q, t, p, active);
	}

	/** The zero-based page asked for; anything that is not a short whole number is the first. */
	int pageIndex() {
		return page != null && page.matches("[0-9]{1,6}") ? Math.max(Integer.parseInt(page) - 1, 0) : 0;
	}

	/** The query string of this filter on another page (pagination links, export). */
	public String query(int onePage) {
		UriComponentsBuilder b = UriComponentsBuilder.newInstance();
		add(b, "q", q);
		add(b, "type", type);
		add(b, "province", province);
		add(b, "status", status);
		if (onePage > 0) {
			b.queryParam("page", onePage);
		}
		String query = b.build().encode().getQuery();
		return query == null ? "" : query;
	}

	private static void add(UriComponentsBuilder b, String name, String value) {
		if (value != null && !value.isBlank()) {
			b.queryParam(name, value);
		}
	}
}
