-- DSCSA (contract v1.1): the trading partners the responder answers, each MAH's answer policy, and quarantine as
-- events of a pack's hash-chained history.

-- The trading partners a DSCSA request's reqGLN is checked against. change_seq is the seq of the partner's last
-- change: each verification-service replica keeps the table in memory and polls for rows above the highest seq it
-- has seen, so a block takes effect within its poll interval without a query per request.
CREATE TABLE trading_partner (
    gln         char(13)    PRIMARY KEY,
    name        text        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('AUTHORIZED', 'BLOCKED')),
    -- when the current status began (a change of name only keeps it)
    since       timestamptz NOT NULL,
    change_seq  bigint      NOT NULL
);
CREATE INDEX trading_partner_change_seq_idx ON trading_partner (change_seq);

-- Every change of a trading partner: who, when and why. Append-only.
CREATE TABLE trading_partner_change (
    seq         bigserial   PRIMARY KEY,
    gln         char(13)    NOT NULL,
    name        text        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('AUTHORIZED', 'BLOCKED')),
    reason      text        NOT NULL,
    actor       text,
    role        text        NOT NULL,
    at          timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX trading_partner_change_gln_idx ON trading_partner_change (gln, seq);

-- A MAH's answer for its recalled (or withdrawn) and expired packs; no row: both VERIFIED. version orders the cache
-- entries written from it (meta field d of each of the MAH's products): a higher version replaces a lower one.
CREATE SEQUENCE dscsa_policy_version;
CREATE TABLE dscsa_policy (
    mah_id      text        PRIMARY KEY,
    recalled    text        NOT NULL CHECK (recalled IN ('VERIFIED', 'NOT_VERIFIED')),
    expired     text        NOT NULL CHECK (expired IN ('VERIFIED', 'NOT_VERIFIED')),
    version     bigint      NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text
);

-- Quarantine and release are events of the pack's history, beside the status changes: kind says which; a quarantine
-- names its level; both carry the reason given. Status events keep kind STATUS and no level or reason, so the hash of
-- every event written before this migration stays as it was (see docs/history-chain.md).
ALTER TABLE pack_event ADD COLUMN kind text NOT NULL DEFAULT 'STATUS' CHECK (kind IN ('STATUS', 'QUARANTINE', 'RELEASE'));
ALTER TABLE pack_event ADD COLUMN quarantine text CHECK (quarantine IN ('SUSPECT', 'ILLEGITIMATE'));
ALTER TABLE pack_event ADD COLUMN reason text;
