package id.spbe.selfassessment;

import id.spbe.evidence.EvidenceView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The part of an indicator's evidence list that the agency's indicator page shows, {@link #SIZE}
 * items a page. An indicator may hold a hundred items and more (a link for every document of an
 * itemised Pemdi indicator); each is shown with its levels, status and forms, and with 120 the
 * page cost two and a half times the floor page (issue 14), while nobody works on 120 at once.
 * Ten items fill about two screens; with 20 the page still cost more than twice the floor page.
 *
 * @param items the items of this page, in the list's order
 * @param page  the page shown, 1-based
 * @param pages how many pages the list has (1 for an empty list)
 * @param total how many items the list has
 */
record EvidencePage(List<EvidenceView> items, int page, int pages, int total) {

	static final int SIZE = 10;
	/** Longer page numbers are not parsed: no list has a million pages. */
	private static final int MAX_DIGITS = 6;

	/**
	 * The page {@code requested} of {@code all}, brought within the list; the page holding
	 * {@code aboutId} instead when that evidence is in the list (a form about it was refused, and
	 * its message is shown beside it).
	 */
	static EvidencePage of(List<EvidenceView> all, int requested, Long aboutId) {
		int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
		int page = Math.min(Math.max(1, requested), pages);
		if (aboutId != null) {
			for (int i = 0; i < all.size(); i++) {
				if (all.get(i).id() == aboutId) {
					page = i / SIZE + 1;
				}
			}
		}
		int from = (page - 1) * SIZE;
		return new EvidencePage(all.subList(from, Math.min(all.size(), from + SIZE)), page, pages, all.size());
	}

	/**
	 * The evidence newest first (the worksheet lists it oldest first), so that what the agency
	 * just added is at the top of the first page.
	 */
	static List<EvidenceView> newestFirst(List<EvidenceView> oldestFirst) {
		List<EvidenceView> list = new ArrayList<>(oldestFirst);
		Collections.reverse(list);
		return list;
	}

	/**
	 * A page number as typed in an address: 1 for none or a non-number; a number of more than
	 * {@value #MAX_DIGITS} digits is past every list's end (the last page, as 99999 is).
	 */
	static int parse(String text) {
		if (text == null || text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return 1;
		}
		return text.length() > MAX_DIGITS ? Integer.MAX_VALUE : Integer.parseInt(text);
	}

	/** True when the list has more than one page, so the page shows where it stands and the others. */
	public boolean paged() {
		return pages > 1;
	}

	/** The position of the first item shown, 1-based (0 for an empty list). */
	public int first() {
		return total == 0 ? 0 : (page - 1) * SIZE + 1;
	}

	/** The position of the last item shown. */
	public int last() {
		return Math.min(total, page * SIZE);
	}

	/** Every page number, for the page links. */
	public List<Integer> numbers() {
		return IntStream.rangeClosed(1, pages).boxed().toList();
	}
}
