package id.spbe.agency;

import java.io.Serializable;

/**
 * The form of a button or an upload that sends no typed field (load the region list, import a
 * CSV file, deactivate): it carries the refusal back to the page that shows it.
 */
class ActionForm implements Serializable {
}
