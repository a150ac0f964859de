-- The registry: the system of record for products, batches, packs, their history, uploads, replayed
-- requests and the alert outbox. Applied by upload-service and verification-service at start
-- (Flyway, history table registry.flyway_schema_history, PostgreSQL advisory lock).
-- Pack tables are hash-partitioned by GTIN: the same key Citus distributes on.

CREATE TABLE product (
    gtin            char(14)    PRIMARY KEY,
    mah_id          text        NOT NULL,
    name            text        NOT NULL,
    markets         text[]      NOT NULL DEFAULT '{}',
    status          text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
    withdrawn_at    timestamptz,
    withdraw_reason text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX product_mah_idx ON product (mah_id);

CREATE TABLE batch (
    gtin          char(14)    NOT NULL REFERENCES product (gtin),
    batch         text        NOT NULL CHECK (length(batch) BETWEEN 1 AND 20),
    -- the batch's number within its product, as the Redis layout refers to it
    ordinal       integer     NOT NULL CHECK (ordinal BETWEEN 1 AND 1048575),
    expiry        char(6)     NOT NULL,
    -- the last day of use derived from expiry (DD=00: end of month; GS1 century rule)
    expiry_date   date        NOT NULL,
    status        text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'RECALLED')),
    recalled_at   timestamptz,
    recall_reason text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (gtin, batch),
    UNIQUE (gtin, ordinal)
);

CREATE TABLE upload (
    id              uuid        PRIMARY KEY,
    mah_id          text        NOT NULL,
    gtin            char(14)    NOT NULL,
    batch           text        NOT NULL,
    expiry          char(6)     NOT NULL,
    idempotency_key text,
    content_sha256  char(64),
    status          text        NOT NULL DEFAULT 'PROCESSING' CHECK (status IN ('PROCESSING', 'COMPLETED', 'FAILED')),
    received        bigint      NOT NULL DEFAULT 0,
    accepted        bigint      NOT NULL DEFAULT 0,
    duplicates      bigint      NOT NULL DEFAULT 0,
    invalid         bigint      NOT NULL DEFAULT 0,
    -- the first line errors: [{"line","serial","reason"}], at most 100
    errors          jsonb       NOT NULL DEFAULT '[]',
    failure_reason  text,
    actor           text,
    attempts        integer     NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    -- a PROCESSING upload whose worker stopped beating (crash, restart) is marked FAILED by recovery
    heartbeat_at    timestamptz NOT NULL DEFAULT now(),
    completed_at    timestamptz,
    UNIQUE (mah_id, idempotency_key)
);
CREATE INDEX upload_processing_idx ON upload (heartbeat_at) WHERE status = 'PROCESSING';

CREATE TABLE pack (
    gtin            char(14)    NOT NULL,
    serial          text        NOT NULL CHECK (length(serial) BETWEEN 1 AND 20),
    batch           text        NOT NULL,
    status          text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUPPLIED', 'DESTROYED',
                        'EXPORTED', 'STOLEN', 'SAMPLE', 'FREE_SAMPLE', 'LOCKED', 'CHECKED_OUT')),
    -- where, by which role and actor, and when the status last changed (the upload for a new pack)
    last_location   char(13),
    last_role       text,
    last_actor      text,
    last_changed_at timestamptz NOT NULL DEFAULT now(),
    -- how often the same state was asked again at last_location since the last change
    repeat_count    integer     NOT NULL DEFAULT 0,
    upload_id       uuid        NOT NULL,
    -- the seq of the pack's last pack_event (0: none yet); the version of its cache entry
    last_event_seq  bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (gtin, serial)
) PARTITION BY HASH (gtin);

CREATE TABLE pack_event (
    gtin      char(14)    NOT NULL,
    serial    text        NOT NULL,
    seq       bigint      NOT NULL CHECK (seq >= 1),
    from_status text      NOT NULL,
    to_status text        NOT NULL,
    location  char(13),
    actor     text,
    role      text,
    at        timestamptz NOT NULL,
    tx_id     text,
    prev_hash char(64)    NOT NULL,
    hash      char(64)    NOT NULL,
    PRIMARY KEY (gtin, serial, seq)
) PARTITION BY HASH (gtin);

DO $$
BEGIN
    FOR i IN 0..15 LOOP
        EXECUTE format('CREATE TABLE pack_p%s PARTITION OF pack FOR VALUES WITH (MODULUS 16, REMAINDER %s)', i, i);
        EXECUTE format('CREATE TABLE pack_event_p%s PARTITION OF pack_event FOR VALUES WITH (MODULUS 16, REMAINDER %s)', i, i);
    END LOOP;
END
$$;

CREATE INDEX pack_batch_idx ON pack (gtin, batch);
CREATE INDEX pack_upload_idx ON pack (upload_id);

-- pack_event is append-only: the history is evidence.
CREATE FUNCTION forbid_pack_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'registry.pack_event is append-only (% refused)', TG_OP;
END
$$;
CREATE TRIGGER pack_event_append_only BEFORE UPDATE OR DELETE ON pack_event
    FOR EACH ROW EXECUTE FUNCTION forbid_pack_event_change();

-- The first answer to a request with a client txId, so a replay returns it again (per location).
CREATE TABLE tx_result (
    location    char(13)    NOT NULL,
    tx_id       text        NOT NULL CHECK (length(tx_id) BETWEEN 1 AND 100),
    operation   text        NOT NULL,
    gtin        char(14)    NOT NULL,
    serial      text        NOT NULL,
    http_status integer     NOT NULL,
    response    jsonb       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (location, tx_id)
);

-- Alerts raised by upload-service and verification-service, written in the transaction of the state
-- change that raised them; a relay adds unrelayed rows to the stream veripack:alerts.
CREATE TABLE alert_outbox (
    id          uuid        PRIMARY KEY,
    code        text        NOT NULL,
    return_code text,
    gtin        char(14)    NOT NULL,
    serial      text,
    source      text        NOT NULL CHECK (source IN ('VERIFY', 'DECOMMISSION', 'UNDO', 'UPLOAD')),
    raised_at   timestamptz NOT NULL,
    -- the alert event as pack-core's AlertEventJson writes it
    payload     jsonb       NOT NULL,
    relayed_at  timestamptz
);
CREATE INDEX alert_outbox_unrelayed_idx ON alert_outbox (raised_at) WHERE relayed_at IS NULL;
CREATE INDEX alert_outbox_relayed_idx ON alert_outbox (relayed_at) WHERE relayed_at IS NOT NULL;
