-- Every operation on a pack, verifies included (DR 2016/161 Art. 35(1)(g)): one row per pack and answered
-- request, from every channel. Partitioned by month of "at"; partitions exist five years ahead of their use
-- (ensure_operation_record_partitions, run by every migration step); an operator may detach partitions older
-- than five years. request_id is time-ordered (UUID version 7 layout), so a record moved twice is stored once
-- and the key grows at its right edge.
CREATE TABLE operation_record (
    request_id  uuid        NOT NULL,
    at          timestamptz NOT NULL,
    operation   text        NOT NULL CHECK (operation IN ('VERIFY', 'DECOMMISSION', 'UNDO', 'QUARANTINE', 'RELEASE')),
    channel     text        NOT NULL CHECK (channel IN ('SINGLE', 'BULK', 'UNIT', 'DSCSA')),
    gtin        char(14)    NOT NULL,
    serial      text        NOT NULL,
    batch       text,
    expiry      char(6),
    -- the GLN that asked: a pharmacy's or wholesaler's loc, a DSCSA requester's reqGLN; null for surveillance
    location    char(13),
    role        text        NOT NULL,
    actor       text,
    -- the NMVS return code answered; for DSCSA the verificationFailureReason, or VERIFIED
    code        text        NOT NULL,
    alert_id    uuid,
    tx_id       text,
    -- channel-specific facts (DSCSA: corrUUID, context, the answer)
    details     jsonb,
    PRIMARY KEY (request_id, at)
) PARTITION BY RANGE (at);
CREATE INDEX operation_record_pack_idx ON operation_record (gtin, serial, at DESC);
CREATE INDEX operation_record_batch_idx ON operation_record (gtin, batch, at DESC);
CREATE INDEX operation_record_dscsa_idx ON operation_record (at DESC) WHERE channel = 'DSCSA';

-- Creates the monthly partitions of operation_record from the current month to months_ahead months ahead
-- (idempotent); returns how many it created.
CREATE FUNCTION ensure_operation_record_partitions(months_ahead integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    month date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
    created integer := 0;
    name text;
BEGIN
    FOR i IN 0..months_ahead LOOP
        name := format('operation_record_%s', to_char(month, 'YYYY_MM'));
        IF to_regclass(format('registry.%I', name)) IS NULL THEN
            EXECUTE format('CREATE TABLE registry.%I PARTITION OF registry.operation_record
                              FOR VALUES FROM (%L) TO (%L)', name,
                           (month::timestamp AT TIME ZONE 'UTC'), ((month + interval '1 month')::timestamp AT TIME ZONE 'UTC'));
            created := created + 1;
        END IF;
        month := (month + interval '1 month')::date;
    END LOOP;
    RETURN created;
END
$$;
SELECT ensure_operation_record_partitions(60);

-- Cache entries to (re)write after a commit: each state change inserts its new cache entry here in its own
-- transaction. The service that committed writes the entry to Redis at once; a sweeper writes every row older
-- than a moment and deletes it, so a service that died between its commit and its cache write (or a replica that
-- never comes back) leaves the cache behind PostgreSQL for well under a second. Entries are versioned (packs) or
-- irreversible (withdrawn, recalled), so writing one twice, or late, never goes backwards.
CREATE TABLE cache_sync (
    id          bigserial   PRIMARY KEY,
    kind        text        NOT NULL CHECK (kind IN ('PACK', 'META')),
    gtin        char(14)    NOT NULL,
    -- PACK: the serial; META: the meta hash field (p, o:<ordinal>, b:<batch>, d)
    field       text        NOT NULL,
    value       text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- A pack set aside by surveillance or its MAH: never dispensable; some decommissions are refused (v1.1).
-- Setting and releasing it are events of the pack's hash-chained history.
ALTER TABLE pack ADD COLUMN quarantine text CHECK (quarantine IN ('SUSPECT', 'ILLEGITIMATE'));
