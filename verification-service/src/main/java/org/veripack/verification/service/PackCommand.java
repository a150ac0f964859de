package org.veripack.verification.service;

import org.veripack.core.gs1.PackIdentifier;
import org.veripack.core.rules.PackStatus;

/**
 * One pack of a request, parsed: the pack, the state to set or undo (null for a verify), the client's txId and the
 * scan as received (null when the pack was named by fields), which an alert keeps for its diagnosis.
 */
public record PackCommand(PackIdentifier id, PackStatus state, String txId, String scan) {
}
