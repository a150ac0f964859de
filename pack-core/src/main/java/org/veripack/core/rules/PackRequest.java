package org.veripack.core.rules;

import org.veripack.core.refusal.Refusal;

/**
 * One operation on one pack, as far as the rules care.
 *
 * @param batch  the batch the caller read from the pack; optional on a verify, required on a change
 * @param expiry the expiry YYMMDD the caller read; optional on a verify, required on a change
 * @param state  DECOMMISSION: the decommissioned state to set; UNDO: the state to undo; VERIFY: null
 */
public record PackRequest(Operation operation, String batch, String expiry, PackStatus state) {

    public PackRequest {
        if (operation == null) {
            throw Refusal.invalid("operation is missing");
        }
        if (operation == Operation.VERIFY) {
            if (state != null) {
                throw Refusal.invalid("a verify takes no state");
            }
        } else {
            if (batch == null || expiry == null) {
                throw Refusal.invalid("a " + operation.name().toLowerCase()
                        + " needs the batch and the expiry printed on the pack: send \"batch\" and \"expiry\" (YYMMDD), or a full scan");
            }
            if (state == null || !state.isDecommissioned()) {
                throw Refusal.invalid("a " + operation.name().toLowerCase()
                        + " needs \"state\": one of SUPPLIED, DESTROYED, EXPORTED, STOLEN, SAMPLE, FREE_SAMPLE, LOCKED, CHECKED_OUT");
            }
        }
    }

    public static PackRequest verify(String batch, String expiry) {
        return new PackRequest(Operation.VERIFY, batch, expiry, null);
    }

    public static PackRequest decommission(String batch, String expiry, PackStatus state) {
        return new PackRequest(Operation.DECOMMISSION, batch, expiry, state);
    }

    public static PackRequest undo(String batch, String expiry, PackStatus state) {
        return new PackRequest(Operation.UNDO, batch, expiry, state);
    }
}
