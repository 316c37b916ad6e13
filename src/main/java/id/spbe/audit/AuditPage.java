package id.spbe.audit;

import java.util.List;

/**
 * One page of the filtered log, newest first. There is no total: counting millions of rows on
 * every page view costs more than the page, so the page only knows whether another follows.
 */
public record AuditPage(List<AuditEntry> entries, int page, boolean hasNext) {

	public boolean hasPrevious() {
		return page > 1;
	}
}
