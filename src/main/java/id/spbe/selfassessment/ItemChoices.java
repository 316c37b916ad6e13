package id.spbe.selfassessment;

import java.util.List;

/**
 * The evidence item checkboxes of one evidence form on the agency's indicator page (upload, link,
 * reuse: 25 items each on some Pemdi indicators), rendered by {@code selfassessment/itemChoices.jte}
 * through {@link id.spbe.common.PageParts}.
 *
 * @param prefix keeps the forms' element ids apart ("f", "l", "r")
 */
record ItemChoices(String prefix, List<ItemChoice> choices) {
}
