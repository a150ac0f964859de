package org.veripack.core.alert;

/** Names shared by the relays that write the alert stream and alert-service that reads it. */
public final class AlertStream {

    /** The Redis stream the outbox relays add alerts to. */
    public static final String STREAM_KEY = "veripack:alerts";
    /** Where alert-service moves entries it cannot parse, with the reason. */
    public static final String DEAD_LETTER_KEY = "veripack:alerts:dead";
    /** alert-service's consumer group. */
    public static final String CONSUMER_GROUP = "alert-service";
    /** Stream entry field holding the alert id (for idempotent storage even of unparsable events). */
    public static final String FIELD_ID = "id";
    /** Stream entry field holding the alert event as JSON ({@link AlertEventJson}). */
    public static final String FIELD_EVENT = "event";

    private AlertStream() {
    }
}
