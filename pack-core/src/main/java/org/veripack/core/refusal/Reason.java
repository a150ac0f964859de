package org.veripack.core.refusal;

/**
 * Every reason a request can be refused for, with its kind, the problem slug clients see in
 * {@code urn:veripack:problem:<slug>} and a short title. Slugs are part of the HTTP contract: never rename one.
 */
public enum Reason {
    INVALID_REQUEST(RefusalKind.INVALID, "invalid-request", "Invalid request"),
    INVALID_IDENTIFIER(RefusalKind.INVALID, "invalid-identifier", "Invalid pack identifier"),
    MALFORMED_DOCUMENT(RefusalKind.INVALID, "malformed-document", "Malformed document"),

    REQUESTER_UNKNOWN(RefusalKind.UNIDENTIFIED, "requester-unknown", "Requester unknown"),

    ROLE_NOT_ALLOWED(RefusalKind.NOT_PERMITTED, "forbidden", "Forbidden"),
    PRODUCT_OWNED_BY_ANOTHER_MAH(RefusalKind.NOT_PERMITTED, "product-owned-by-another-mah", "Forbidden"),
    REQUESTER_BLOCKED(RefusalKind.NOT_PERMITTED, "requester-blocked", "Forbidden"),

    PRODUCT_NOT_FOUND(RefusalKind.NOT_FOUND, "product-not-found", "Not found"),
    BATCH_NOT_FOUND(RefusalKind.NOT_FOUND, "batch-not-found", "Not found"),
    PACK_NOT_FOUND(RefusalKind.NOT_FOUND, "pack-not-found", "Not found"),
    UPLOAD_NOT_FOUND(RefusalKind.NOT_FOUND, "upload-not-found", "Not found"),
    ALERT_NOT_FOUND(RefusalKind.NOT_FOUND, "alert-not-found", "Not found"),
    UNIT_NOT_FOUND(RefusalKind.NOT_FOUND, "unit-not-found", "Not found"),
    CAPTURE_NOT_FOUND(RefusalKind.NOT_FOUND, "capture-not-found", "Not found"),
    TRADING_PARTNER_NOT_FOUND(RefusalKind.NOT_FOUND, "trading-partner-not-found", "Not found"),

    PRODUCT_WITHDRAWN(RefusalKind.STATE_CONFLICT, "product-withdrawn", "Refused by the current state"),
    BATCH_RECALLED(RefusalKind.STATE_CONFLICT, "batch-recalled", "Refused by the current state"),
    EXPIRY_MISMATCH(RefusalKind.STATE_CONFLICT, "expiry-mismatch", "Refused by the current state"),
    IDEMPOTENCY_KEY_REUSED(RefusalKind.STATE_CONFLICT, "idempotency-key-reused", "Refused by the current state"),
    UPLOAD_IN_PROGRESS(RefusalKind.STATE_CONFLICT, "upload-in-progress", "Refused by the current state"),
    TXID_REUSED(RefusalKind.STATE_CONFLICT, "txid-reused", "Refused by the current state"),
    PACK_KEPT_CHANGING(RefusalKind.STATE_CONFLICT, "conflict", "Refused by the current state"),
    TRANSITION_REFUSED(RefusalKind.STATE_CONFLICT, "transition-refused", "Refused by the current state"),
    PACK_QUARANTINED(RefusalKind.STATE_CONFLICT, "pack-quarantined", "Refused by the current state"),
    PACK_NOT_QUARANTINED(RefusalKind.STATE_CONFLICT, "pack-not-quarantined", "Refused by the current state"),
    UNIT_OPENED(RefusalKind.STATE_CONFLICT, "unit-opened", "Refused by the current state"),
    UNIT_BLOCKED(RefusalKind.STATE_CONFLICT, "unit-blocked", "Refused by the current state"),
    EVENT_ALREADY_CAPTURED(RefusalKind.STATE_CONFLICT, "event-already-captured", "Refused by the current state"),

    TOO_MANY_PACKS(RefusalKind.TOO_LARGE, "too-many-packs", "Payload too large"),
    DOCUMENT_TOO_LARGE(RefusalKind.TOO_LARGE, "capture-limit-exceeded", "Payload too large");

    private final RefusalKind kind;
    private final String slug;
    private final String title;

    Reason(RefusalKind kind, String slug, String title) {
        this.kind = kind;
        this.slug = slug;
        this.title = title;
    }

    public RefusalKind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
