/**
 * The JSON formats of Privacy Screen, read and written: Post JSON ({@link org.privacyscreen.json.PostJson}), context
 * JSON ({@link org.privacyscreen.json.ContextJson}), policy JSON ({@link org.privacyscreen.json.PolicyJson}) and
 * report JSON ({@link org.privacyscreen.json.ReportJson}), as the command line, the HTTP service and the sweep use
 * them. Readers are strict: an unknown field, a value outside the format or a record of the wrong shape is a
 * {@link org.privacyscreen.json.JsonInputException} with one line naming the source, the field and the reason,
 * never the value. Stateless and thread-safe.
 */
package org.privacyscreen.json;
