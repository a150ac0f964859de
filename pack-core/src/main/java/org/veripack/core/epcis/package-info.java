/**
 * EPCIS 2.0 capture of commissioning and aggregation, without a framework or a database.
 * <p>
 * {@link org.veripack.core.epcis.EpcisDocumentReader} streams a capture body into an
 * {@link org.veripack.core.epcis.EventSink}: identifiers as written, then each event's
 * {@link org.veripack.core.epcis.CapturedEvent}. {@link org.veripack.core.epcis.CaptureRules} says what an event
 * means (commissioning, packing, unpacking) or refuses it by index; {@link org.veripack.core.epcis.CommissionedPacks}
 * and {@link org.veripack.core.epcis.CaptureRules#child} canonicalise its identifiers through
 * {@link org.veripack.core.epcis.EpcIdentifiers}. {@link org.veripack.core.epcis.UnitRules} judge packing and
 * unpacking against the units held now; {@link org.veripack.core.epcis.UnitHierarchy} is their in-memory model.
 */
package org.veripack.core.epcis;
