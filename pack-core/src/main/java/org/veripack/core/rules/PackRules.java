package org.veripack.core.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.RefusalKind;

/**
 * The rules of docs/invariants.md "States and moves" and "Codes" as one pure function: given the request, the
 * registry's view of the pack, the caller and the clock, decide the answer and the change. Checks
 * run in the order of the Codes table and the first that applies decides.
 */
public final class PackRules {

    private final RulesConfig config;
    private final Clock clock;

    public PackRules(RulesConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The same rules as they were at one instant: a record moved later is answered as its request was. */
    public PackRules at(java.time.Instant instant) {
        return new PackRules(config, Clock.fixed(instant, clock.getZone()));
    }

    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public Decision decide(PackRequest request, RegistryView registry, Caller caller) {
        Operation operation = request.operation();
        if (registry.product() == null) {
            return refuse(operation, RefusalKind.NOT_FOUND, ReturnCode.NMVS_NC_PC_01, null, ReportedStatus.UNKNOWN,
                    "The product code is not known to this repository; do not supply the pack and check that it is meant for this market.");
        }
        PackState pack = registry.pack();
        if (pack == null) {
            if (request.batch() != null && !registry.requestedBatchKnown()) {
                return refuse(operation, RefusalKind.NOT_FOUND, ReturnCode.NMVS_FE_LOT_03, AlertCode.A2, ReportedStatus.UNKNOWN,
                        "Neither the serial number nor the batch is known for this product; compare the scan with the pack and keep the pack aside.");
            }
            return refuse(operation, RefusalKind.NOT_FOUND, ReturnCode.NMVS_NC_PC_02, AlertCode.A3, ReportedStatus.UNKNOWN,
                    "The serial number is not known for this product; compare the scan with the pack (case, missing group separator) and keep the pack aside.");
        }
        BatchState batch = registry.packBatch();
        ReportedStatus current = reportedStatus(registry.product(), batch, pack);
        if (request.batch() != null && !request.batch().equals(pack.batch())) {
            return refuse(operation, RefusalKind.STATE_CONFLICT, ReturnCode.NMVS_FE_LOT_13, AlertCode.A68, current,
                    "The batch sent does not match the batch of this serial number; compare the scan with the pack and keep the pack aside.");
        }
        if (request.expiry() != null && !request.expiry().equals(batch.expiry().text())) {
            return refuse(operation, RefusalKind.STATE_CONFLICT, ReturnCode.NMVS_FE_LOT_12, AlertCode.A52, current,
                    "The expiry date sent does not match the batch; compare the scan with the pack and keep the pack aside.");
        }
        if (current == ReportedStatus.WITHDRAWN || current == ReportedStatus.RECALLED) {
            return refuse(operation, RefusalKind.STATE_CONFLICT, ReturnCode.NMVS_FE_LOT_08, null, current,
                    "The " + (current == ReportedStatus.WITHDRAWN ? "product has been withdrawn" : "batch has been recalled")
                            + "; the pack must not be supplied.");
        }
        if (current == ReportedStatus.EXPIRED) {
            return refuse(operation, RefusalKind.STATE_CONFLICT, ReturnCode.NMVS_NC_PCK_02, null, current,
                    "The batch expired on " + batch.expiry().lastDay() + "; the pack must not be supplied.");
        }
        return switch (operation) {
            case VERIFY -> verify(pack, current);
            case DECOMMISSION -> decommission(request.state(), pack, caller);
            case UNDO -> undo(request.state(), pack, caller);
        };
    }

    /** Product WITHDRAWN, then batch RECALLED, then EXPIRED, then the pack's own status. */
    public ReportedStatus reportedStatus(ProductState product, BatchState batch, PackState pack) {
        if (product.status() == ProductStatus.WITHDRAWN) {
            return ReportedStatus.WITHDRAWN;
        }
        if (batch.status() == BatchStatus.RECALLED) {
            return ReportedStatus.RECALLED;
        }
        if (batch.isExpiredOn(LocalDate.now(clock))) {
            return ReportedStatus.EXPIRED;
        }
        return ReportedStatus.of(pack.status());
    }

    private static Decision verify(PackState pack, ReportedStatus current) {
        if (pack.quarantine() != null) {
            return new Decision(null, ReturnCode.NMVS_OK, null, current, false, Decision.Change.NONE,
                    "The pack is quarantined (" + pack.quarantine() + ") by market surveillance or its manufacturer; "
                            + "do not supply it: keep it aside and follow the authority's instructions.");
        }
        return new Decision(null, ReturnCode.NMVS_OK, null, current, pack.status() == PackStatus.ACTIVE,
                Decision.Change.NONE, pack.status() == PackStatus.ACTIVE
                        ? "The pack is active and may be supplied."
                        : "The pack is already decommissioned (" + pack.status() + ").");
    }

    private Decision decommission(PackStatus target, PackState pack, Caller caller) {
        if (pack.quarantine() != null && target.distributesThePack()) {
            return new Decision(RefusalKind.STATE_CONFLICT, ReturnCode.NMVS_NC_PCK_27, AlertCode.A24,
                    ReportedStatus.of(pack.status()), false, Decision.Change.NONE,
                    "The pack is quarantined (" + pack.quarantine() + "): it may not be " + target
                            + "; keep it aside (DESTROYED and LOCKED remain possible).", Reason.PACK_QUARANTINED);
        }
        if (pack.status() == PackStatus.ACTIVE) {
            return new Decision(null, ReturnCode.NMVS_OK, null, ReportedStatus.of(target), false,
                    Decision.Change.SET_STATUS, "The pack is now " + target + ".");
        }
        ReportedStatus current = ReportedStatus.of(pack.status());
        if (!caller.location().equals(pack.lastLocation())) {
            return new Decision(RefusalKind.STATE_CONFLICT, ReturnCode.NMVS_NC_PCK_22, AlertCode.A24, current, false, Decision.Change.NONE,
                    "The pack was already decommissioned (" + pack.status() + ") at another location; keep the pack aside.");
        }
        if (target == pack.status()) {
            int repeat = pack.repeatCount() + 1;
            if (repeat <= config.sameLocationRepeatLimit()) {
                String warning = repeat == config.sameLocationRepeatLimit() ? " The next attempt will raise an alert." : "";
                return new Decision(RefusalKind.STATE_CONFLICT, ReturnCode.NMVS_NC_PCK_30, null, current, false, Decision.Change.COUNT_REPEAT,
                        "The pack was already " + target + " at this location (repeat " + repeat + ")." + warning);
            }
            return new Decision(RefusalKind.STATE_CONFLICT, ReturnCode.NMVS_NC_PCK_22, AlertCode.A24, current, false, Decision.Change.COUNT_REPEAT,
                    "The pack was already " + target + " at this location, asked again too often; keep the pack aside.");
        }
        return new Decision(RefusalKind.STATE_CONFLICT, ReturnCode.NMVS_NC_PCK_22, AlertCode.A24, current, false, Decision.Change.NONE,
                "The pack is already " + pack.status() + " at this location; undo that state before setting " + target + ".");
    }

    private Decision undo(PackStatus named, PackState pack, Caller caller) {
        if (pack.status() == PackStatus.ACTIVE) {
            return new Decision(RefusalKind.STATE_CONFLICT, ReturnCode.NMVS_NC_PCK_29, null, ReportedStatus.ACTIVE, true, Decision.Change.NONE,
                    "The pack is active; there is nothing to undo.");
        }
        ReportedStatus current = ReportedStatus.of(pack.status());
        if (named != pack.status()) {
            return new Decision(RefusalKind.STATE_CONFLICT, ReturnCode.NMVS_NC_PCK_06, AlertCode.A24, current, false, Decision.Change.NONE,
                    "The pack is " + pack.status() + ", not " + named + "; an undo must name the pack's current state.");
        }
        if (!caller.location().equals(pack.lastLocation()) || caller.role() != pack.lastRole()) {
            return new Decision(RefusalKind.NOT_PERMITTED, ReturnCode.NMVS_NC_PCK_21, null, current, false, Decision.Change.NONE,
                    "Only the location and role that decommissioned the pack may undo it.");
        }
        if (named.hasUndoTimeLimit() && isPastUndoWindow(pack.lastChangedAt())) {
            return new Decision(RefusalKind.STATE_CONFLICT, ReturnCode.NMVS_NC_PCK_20, null, current, false, Decision.Change.NONE,
                    "The pack was decommissioned more than " + config.undoWindow().toHours() + " hours ago; it can no longer be undone.");
        }
        if (!named.isReversible()) {
            return new Decision(RefusalKind.STATE_CONFLICT, ReturnCode.NMVS_NC_PCK_06, null, current, false, Decision.Change.NONE,
                    "A " + named + " pack can never return to active.");
        }
        return new Decision(null, ReturnCode.NMVS_OK, null, ReportedStatus.ACTIVE, true, Decision.Change.SET_STATUS,
                "The pack is active again.");
    }

    private boolean isPastUndoWindow(Instant decommissionedAt) {
        return Duration.between(decommissionedAt, clock.instant()).compareTo(config.undoWindow()) > 0;
    }

    /** A verify is answered whatever it found; a change is refused as {@code kind}. */
    private static Decision refuse(Operation operation, RefusalKind kind, ReturnCode code, AlertCode alert,
            ReportedStatus status, String detail) {
        return new Decision(operation == Operation.VERIFY ? null : kind, code, alert, status, false,
                Decision.Change.NONE, detail);
    }
}
