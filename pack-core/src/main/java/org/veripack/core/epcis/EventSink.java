package org.veripack.core.epcis;

import java.io.IOException;

/**
 * Receives what {@link EpcisDocumentReader} reads, as it reads it. For each event, every identifier of its
 * {@code epcList} and {@code childEPCs} comes first (keys may come in any order, so the event's type, action
 * and bizStep may not be known yet), then {@link #event} once the event's closing brace is read. Events come
 * in document order.
 * <p>
 * Nothing received is final until {@code read} returns: a refusal thrown later (a malformed end of the
 * document, a limit, a {@code type} written last that is not {@code EPCISDocument}) voids the whole document,
 * so a sink stages what it receives and commits only after {@code read} returned.
 */
public interface EventSink {

    /** One identifier of an event's epcList or childEPCs, in document order, as written (not yet canonicalised). */
    void epc(int eventIndex, EpcListKind list, String epc) throws IOException;

    /** The event's fields, once its closing brace is read. */
    void event(CapturedEvent event) throws IOException;
}
