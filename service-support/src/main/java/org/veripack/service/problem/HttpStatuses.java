package org.veripack.service.problem;

import org.veripack.core.refusal.RefusalKind;

/** The one place where a domain refusal becomes an HTTP status. */
public final class HttpStatuses {

    private HttpStatuses() {
    }

    public static int of(RefusalKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNIDENTIFIED -> 401;
            case NOT_PERMITTED -> 403;
            case NOT_FOUND -> 404;
            case STATE_CONFLICT -> 409;
            case TOO_LARGE -> 413;
        };
    }

    /** 200 for an accepted decision (and for every verify), else the status of its refusal. */
    public static int ofDecision(org.veripack.core.rules.Decision decision) {
        return decision.accepted() ? 200 : of(decision.refusedAs());
    }
}
