package id.spbe.instrument;

/**
 * One difference between two versions of an instrument: at {@code place}, {@code field} went from
 * {@code oldValue} to {@code newValue}. An added part has no old value, a removed one no new value.
 *
 * @param field e.g. {@code weight}, {@code criterion.id}, {@code description.en}, {@code indicator}
 *              (the whole indicator added or removed)
 */
record InstrumentChange(InstrumentPlace place, String field, String oldValue, String newValue) {
}
