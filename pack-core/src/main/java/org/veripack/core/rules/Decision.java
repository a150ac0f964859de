package org.veripack.core.rules;

import org.veripack.core.refusal.Reason;

import org.veripack.core.refusal.RefusalKind;

/**
 * What the rules decide for one request: the answer and what the service must persist.
 *
 * @param refusedAs   how a decommission or undo is refused, or null when it is accepted (a verify is always
 *                    answered, whatever it found)
 * @param code        the NMVS return code
 * @param alertCode   the alert to raise, or null
 * @param status      the status to report (after the change, when there is one)
 * @param dispensable whether the pack may be supplied, as far as the registry knows
 * @param change      what to write to the pack row
 * @param detail      a sentence for the user: what happened and what to do
 * @param problem     the problem type of a refusal that is not told by its return code alone (a quarantined pack),
 *                    else null
 */
public record Decision(RefusalKind refusedAs, ReturnCode code, AlertCode alertCode, ReportedStatus status,
        boolean dispensable, Change change, String detail, Reason problem) {

    public Decision(RefusalKind refusedAs, ReturnCode code, AlertCode alertCode, ReportedStatus status,
            boolean dispensable, Change change, String detail) {
        this(refusedAs, code, alertCode, status, dispensable, change, detail, null);
    }

    /** What a decision writes to the pack row. */
    public enum Change {
        /** Nothing to write. */
        NONE,
        /** Set the pack to {@link Decision#status()} (an event is appended; the repeat counter resets). */
        SET_STATUS,
        /** The same state was asked again at the same location: count the repeat. */
        COUNT_REPEAT
    }

    public ReportedStatus.State state() {
        return status.state();
    }

    /** Whether a decommission or undo with this decision is accepted. */
    public boolean accepted() {
        return refusedAs == null;
    }

    public boolean raisesAlert() {
        return alertCode != null;
    }

    /** The pack status a SET_STATUS change writes. */
    public PackStatus newPackStatus() {
        if (change != Change.SET_STATUS) {
            throw new IllegalStateException("decision " + code + " changes no status");
        }
        return PackStatus.valueOf(status.name());
    }
}
