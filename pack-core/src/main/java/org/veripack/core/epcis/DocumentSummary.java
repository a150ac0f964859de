package org.veripack.core.epcis;

/**
 * What an EPCISDocument said about itself, once read whole.
 *
 * @param schemaVersion the document's {@code schemaVersion} as written (GS1 writes "2.0"), or null
 * @param creationDate the document's {@code creationDate} as written, or null
 * @param eventCount how many events its {@code epcisBody.eventList} held
 */
public record DocumentSummary(String schemaVersion, String creationDate, int eventCount) {
}
