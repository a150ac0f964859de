package org.veripack.verification.service;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertIds;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.gs1.PackIdentifier;
import org.veripack.core.history.PackEventChain;
import org.veripack.core.history.PackEventRecord;
import org.veripack.core.rules.Caller;
import org.veripack.core.rules.Decision;
import org.veripack.core.rules.Operation;
import org.veripack.core.rules.PackRequest;
import org.veripack.core.rules.PackRules;
import org.veripack.core.rules.PackStatus;
import org.veripack.verification.repository.PackSnapshot;
import org.veripack.verification.repository.PackWriter;
import org.veripack.verification.rest.PackAnswer;

/**
 * From a request and the registry's state to what to answer and what to write: pack-core's rules decide, this
 * class builds the answer (with a stable alert id), the alert event, and the write with its version check.
 */
@ApplicationScoped
public class PackPlanner {

    @Inject
    PackRules rules;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    /** A decided request: the answer, the write that makes it durable, and the cache entry after it. */
    public record Plan(PackIdentifier id, Decision decision, PackOutcome outcome, AlertEvent alert,
            PackWriter.Write write, CachedPack cacheAfter) {
    }

    public Decision decide(PackRequest request, PackSnapshot snapshot, Caller caller) {
        return rules.decide(request, snapshot.view(), caller);
    }

    /** Plans a decommission or undo, or the alert of a verify, on the registry's snapshot. */
    public Plan plan(Operation operation, PackIdentifier id, Caller caller, String txId, PackSnapshot snapshot,
            Decision decision) {
        PackOutcome outcome = outcome(operation, id, caller, txId, decision);
        AlertEvent alert = alertOf(operation, id, caller, decision, snapshot.mah(), outcome.answer().alertId());
        if (operation == Operation.VERIFY) {
            PackWriter.Replay none = new PackWriter.Replay(caller.location(), null, operation.name(), 200, null);
            return new Plan(id, decision, outcome, alert, alert == null ? null : PackWriter.unconditional(id.gtin(), id.serial(), alert, none), null);
        }
        PackWriter.Replay replay = new PackWriter.Replay(caller.location(), txId, operation.name(), outcome.httpStatus(),
                toJson(outcome));
        if (decision.change() == Decision.Change.SET_STATUS) {
            PackStatus from = snapshot.view().pack().status();
            PackEventRecord event = new PackEventRecord(id.gtin(), id.serial(), snapshot.lastEventSeq() + 1, from.name(),
                    decision.newPackStatus().name(), caller.location(), caller.actor(), caller.role().claim(),
                    clock.instant(), txId);
            String hash = PackEventChain.hash(snapshot.lastHash(), event);
            return new Plan(id, decision, outcome, null,
                    PackWriter.change(event, snapshot.lastHash(), hash, snapshot.view().pack().repeatCount(), replay),
                    new CachedPack(decision.newPackStatus(), snapshot.batchOrdinal(), event.seq()));
        }
        PackWriter.Write write = snapshot.packKnown()
                ? PackWriter.refusal(id.gtin(), id.serial(), snapshot.lastEventSeq(), snapshot.view().pack().repeatCount(),
                        decision.change() == Decision.Change.COUNT_REPEAT, alert, replay)
                : PackWriter.unconditional(id.gtin(), id.serial(), alert, replay);
        return new Plan(id, decision, outcome, alert, write, null);
    }

    /** The answer about the pack, echoing the batch and expiry the caller sent. */
    public PackOutcome outcome(Operation operation, PackIdentifier id, Caller caller, String txId, Decision decision) {
        String alertId = decision.raisesAlert()
                ? AlertIds.forRequest(caller.location(), txId == null ? UUID.randomUUID().toString() : txId,
                        AlertSource.valueOf(operation.name()), id.gtin(), id.serial()).toString()
                : null;
        PackAnswer answer = new PackAnswer(id.gtin(), id.serial(), id.batch(), id.expiryText(), decision.state().name(),
                decision.status().name(), decision.dispensable(), decision.code().name(),
                decision.alertCode() == null ? null : decision.alertCode().name(), alertId);
        return PackOutcome.of(decision, operation == Operation.VERIFY ? 200 : org.veripack.service.problem.HttpStatuses.ofDecision(decision), answer);
    }

    private AlertEvent alertOf(Operation operation, PackIdentifier id, Caller caller, Decision decision, String mah,
            String alertId) {
        if (!decision.raisesAlert()) {
            return null;
        }
        return new AlertEvent(UUID.fromString(alertId), decision.alertCode(), decision.code(), id.gtin(), id.serial(),
                id.batch(), id.expiryText(), caller.location(), caller.actor(), caller.role().claim(), mah,
                AlertSource.valueOf(operation.name()), clock.instant(),
                Map.of("reportedStatus", decision.status().name(), "detail", decision.detail()));
    }

    /** The answer kept for a txId, or a refusal when the txId answered another request. */
    public PackOutcome replayOf(org.veripack.verification.repository.TxResults.Kept kept, Operation operation, PackIdentifier id) {
        if (!kept.operation().equals(operation.name()) || !kept.gtin().equals(id.gtin()) || !kept.serial().equals(id.serial())) {
            throw new Refusal(Reason.TXID_REUSED, "this txId was already used by this location for another request; send a new txId for a new request");
        }
        try {
            return json.readValue(kept.responseJson(), PackOutcome.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("kept answer is not JSON", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
