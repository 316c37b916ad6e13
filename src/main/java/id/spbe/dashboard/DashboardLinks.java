package id.spbe.dashboard;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the dashboard page that keep its filters: another page, another sort (a second click
 * on the sorted column reverses it), the exports of the filtered table.
 */
record DashboardLinks(long periodId, DashboardQuery query) {

	public String page(int page) {
		return build("/admin/periods/" + periodId + "/dashboard", query.sortParam(), page);
	}

	/** The table sorted by {@code column} ({@link DashboardQuery.Sort} name in the query string), from page 1. */
	public String sort(String column) {
		boolean same = query.sort().param.equals(column);
		return build("/admin/periods/" + periodId + "/dashboard", same && !query.descending() ? "-" + column : column, 1);
	}

	/** Sort mark of a column: ▲, ▼ or nothing. */
	public String mark(String column) {
		return !query.sort().param.equals(column) ? "" : query.descending() ? "▼" : "▲";
	}

	public String export(String extension) {
		return build("/admin/periods/" + periodId + "/dashboard." + extension, query.sortParam(), null);
	}

	private String build(String path, String sort, Integer page) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		add(b, "state", query.state() == null ? null : query.state().name());
		add(b, "type", query.type() == null ? null : query.type().name());
		add(b, "province", query.province());
		add(b, "predikat", query.predikat());
		add(b, "selfPredikat", query.selfPredikat());
		add(b, "q", query.q());
		add(b, "sort", "name".equals(sort) ? null : sort);
		add(b, "page", page == null || page == 1 ? null : String.valueOf(page));
		return b.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder b, String name, String value) {
		if (value != null) {
			b.queryParam(name, value);
		}
	}
}
