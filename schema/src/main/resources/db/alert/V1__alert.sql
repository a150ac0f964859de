-- alert-service's own schema: alerts as stored from the stream veripack:alerts (or reconciled from the
-- registry outbox), and the history of their investigation. Flyway history: alert.flyway_schema_history.

CREATE TABLE alert (
    id          uuid        PRIMARY KEY,
    code        text        NOT NULL,
    return_code text,
    gtin        char(14)    NOT NULL,
    serial      text,
    batch       text,
    expiry      char(6),
    location    char(13),
    actor       text,
    role        text,
    mah         text,
    source      text        NOT NULL CHECK (source IN ('VERIFY', 'DECOMMISSION', 'UNDO', 'UPLOAD')),
    raised_at   timestamptz NOT NULL,
    stored_at   timestamptz NOT NULL DEFAULT now(),
    status      text        NOT NULL DEFAULT 'NEW'
                    CHECK (status IN ('NEW', 'UNDER_INVESTIGATION', 'ESCALATED', 'CLOSED')),
    details     jsonb       NOT NULL DEFAULT '{}',
    -- a position for the live stream (Last-Event-ID): increases in storage order
    position    bigserial   NOT NULL UNIQUE
);
CREATE INDEX alert_raised_idx ON alert (raised_at DESC);
CREATE INDEX alert_code_idx ON alert (code, raised_at DESC);
CREATE INDEX alert_gtin_idx ON alert (gtin, batch, raised_at DESC);
CREATE INDEX alert_location_idx ON alert (location, raised_at DESC);
CREATE INDEX alert_mah_idx ON alert (mah, raised_at DESC);
CREATE INDEX alert_status_idx ON alert (status, raised_at DESC);

CREATE TABLE alert_status_change (
    alert_id     uuid        NOT NULL REFERENCES alert (id),
    seq          integer     NOT NULL,
    from_status  text        NOT NULL,
    to_status    text        NOT NULL,
    changed_by   text        NOT NULL,
    changed_at   timestamptz NOT NULL DEFAULT now(),
    reason       text        CHECK (length(reason) <= 500),
    close_reason text        CHECK (close_reason IN ('TECHNICAL_ERROR', 'PROCESS_ERROR', 'MAH_DATA_ERROR',
                                 'CONFIRMED_FALSIFICATION', 'OTHER')),
    PRIMARY KEY (alert_id, seq)
);
