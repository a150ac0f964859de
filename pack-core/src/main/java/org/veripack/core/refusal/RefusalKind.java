package org.veripack.core.refusal;

/**
 * Why a request is refused, in the terms of the domain. The services map each kind to one HTTP status (in
 * service-support's problem mapper); pack-core itself knows nothing of HTTP.
 */
public enum RefusalKind {
    /** Malformed or invalid: no state of the registry could make the request valid. */
    INVALID,
    /** The caller could not be identified (a DSCSA requester unknown to the trading-partner registry). */
    UNIDENTIFIED,
    /** The caller's role or identity does not allow it. */
    NOT_PERMITTED,
    /** What it names is unknown, or lies outside the caller's scope (answered alike, so it cannot be probed). */
    NOT_FOUND,
    /** The current state refuses it. */
    STATE_CONFLICT,
    /** A body or a list over its limit. */
    TOO_LARGE
}
