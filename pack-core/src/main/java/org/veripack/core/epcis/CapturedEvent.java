package org.veripack.core.epcis;

import java.time.Instant;

/**
 * The fields of one EPCIS event that capture uses, as read (not yet judged: see {@link CaptureRules}).
 *
 * @param index the event's 0-based position in the document's eventList (0 for a single event)
 * @param type {@code ObjectEvent}, {@code AggregationEvent}, any other type as written, or null when absent
 * @param action {@code ADD}, {@code OBSERVE}, {@code DELETE} as written, or null
 * @param bizStep the business step, normalised by {@link Cbv#bizStep} (an unknown form as written), or null
 * @param disposition the disposition, normalised by {@link Cbv#disposition}, or null
 * @param eventId the {@code eventID}, or null (the server then assigns one)
 * @param eventTime the {@code eventTime} as an instant, or null when absent (the rules refuse it)
 * @param eventTimeZoneOffset the {@code eventTimeZoneOffset} as written ({@code +02:00}), or null
 * @param parentId the {@code parentID} as written (not yet canonicalised), or null
 * @param lot the ilmd {@code cbvmda:lotNumber}, or null
 * @param expiry the ilmd {@code cbvmda:itemExpirationDate} as written ({@code YYYY-MM-DD} when valid), or null
 * @param readPoint the {@code readPoint.id}, or null
 * @param bizLocation the {@code bizLocation.id}, or null
 * @param epcCount how many identifiers its {@code epcList} held
 * @param childCount how many identifiers its {@code childEPCs} held
 * @param contentHash SHA-256 (lower-case hex) of what the event says, without its eventID and recordTime: see
 *        {@link EpcisDocumentReader} for exactly what it covers
 */
public record CapturedEvent(int index, String type, String action, String bizStep, String disposition, String eventId,
        Instant eventTime, String eventTimeZoneOffset, String parentId, String lot, String expiry, String readPoint,
        String bizLocation, int epcCount, int childCount, String contentHash) {

    public static final String OBJECT_EVENT = "ObjectEvent";
    public static final String AGGREGATION_EVENT = "AggregationEvent";
}
