package org.veripack.verification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertIds;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.gs1.PackIdentifier;
import org.veripack.core.history.PackEventChain;
import org.veripack.core.history.PackEventRecord;
import org.veripack.core.record.AppendedVerify;
import org.veripack.core.record.Channel;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.rules.Caller;
import org.veripack.core.rules.Decision;
import org.veripack.core.rules.Operation;
import org.veripack.core.rules.PackRequest;
import org.veripack.core.rules.PackRules;
import org.veripack.core.rules.PackStatus;
import org.veripack.service.problem.HttpStatuses;
import org.veripack.verification.repository.PackSnapshot;
import org.veripack.verification.repository.PackWriter;
import org.veripack.verification.repository.Replay;

/**
 * From a request and the registry's state to what to answer and what to write: pack-core's rules decide, this class
 * builds the answer (with a stable alert id), the alert event, the write with its version check and operation
 * record, and the cache entry after it.
 */
@ApplicationScoped
public class PackPlanner {

    private final PackRules rules;
    private final ObjectMapper json;

    public PackPlanner(PackRules rules, ObjectMapper json) {
        this.rules = rules;
        this.json = json;
    }

    /** One pack of one request, as the pipeline carries it. */
    public record Item(int index, PackCommand command, UUID requestId) {
        PackIdentifier id() {
            return command.id();
        }
    }

    /** The request around the items: what is asked, through which channel, by whom, when. */
    public record Context(Operation operation, Channel channel, Caller caller, Instant at) {
    }

    /**
     * A decided request: the answer, the write that makes it durable (null when nothing is to be written), the
     * alert raised, and the cache entry after the write (null when the pack does not change).
     */
    public record Plan(Item item, Decision decision, PackOutcome outcome, AlertEvent alert, PackWriter.Write write,
            CachedPack cacheAfter) {
    }

    public Decision decide(Context context, Item item, PackSnapshot snapshot) {
        PackCommand command = item.command();
        PackRequest request = new PackRequest(context.operation(), command.id().batch(), command.id().expiryText(),
                command.state());
        return rules.at(context.at()).decide(request, snapshot.view(), context.caller());
    }

    /**
     * Whether a state change can be planned on this snapshot: a change links its event to the pack's last one, so
     * it needs that event's hash (a cached pack knows it only before its first event).
     */
    public static boolean canPlan(Decision decision, PackSnapshot snapshot) {
        return decision.change() != Decision.Change.SET_STATUS || snapshot.lastHash() != null;
    }

    /**
     * Plans a decommission or undo, or a verify's record and alert, on the snapshot.
     *
     * @param recorded whether a verify's record is already appended to a Redis stream (answered from the cache)
     */
    public Plan plan(Context context, Item item, PackSnapshot snapshot, Decision decision, boolean recorded) {
        PackIdentifier id = item.id();
        Caller caller = context.caller();
        PackOutcome outcome = outcome(context, item, decision, snapshot);
        AlertEvent alert = alertOf(context, item, decision, snapshot.mah(), outcome.answer().alertId());
        String txId = context.operation() == Operation.VERIFY ? null : item.command().txId();
        PackWriter.Keep keep = new PackWriter.Keep(caller.location(), txId, context.operation().name(),
                outcome.httpStatus(), txId == null ? null : toJson(outcome));
        PackWriter.Record record = new PackWriter.Record(item.requestId(), context.at(), context.channel().name(),
                id.batch(), id.expiryText(), caller.role().claim(), caller.actor(), decision.code().name(),
                item.command().txId());
        if (context.operation() == Operation.VERIFY) {
            PackWriter.Write write = recorded && alert == null ? null
                    : PackWriter.unconditional(id.gtin(), id.serial(), alert, keep, record, !recorded);
            return new Plan(item, decision, outcome, alert, write, null);
        }
        if (!snapshot.packKnown()) {
            return new Plan(item, decision, outcome, alert,
                    PackWriter.unconditional(id.gtin(), id.serial(), alert, keep, record, true), null);
        }
        var view = snapshot.view();
        PackWriter.Seen seen = new PackWriter.Seen(snapshot.lastEventSeq(), view.pack().repeatCount(),
                view.product().status().name(), view.packBatch().status().name());
        if (decision.change() == Decision.Change.SET_STATUS) {
            PackStatus from = view.pack().status();
            PackStatus to = decision.newPackStatus();
            PackEventRecord event = new PackEventRecord(id.gtin(), id.serial(), snapshot.lastEventSeq() + 1, from.name(),
                    to.name(), caller.location(), caller.actor(), caller.role().claim(), context.at(), txId);
            CachedPack after = new CachedPack(to, snapshot.batchOrdinal(), event.seq(), view.pack().quarantine());
            String hash = PackEventChain.hash(snapshot.lastHash(), event);
            return new Plan(item, decision, outcome, null, PackWriter.change(event, snapshot.lastHash(), hash, seen, keep,
                    record, decision.code().name(), after.encode()), after);
        }
        return new Plan(item, decision, outcome, alert, PackWriter.refusal(id.gtin(), id.serial(), seen,
                decision.change() == Decision.Change.COUNT_REPEAT, alert, keep, record), null);
    }

    /** The answer about the pack, echoing the batch and expiry the caller sent. */
    private PackOutcome outcome(Context context, Item item, Decision decision, PackSnapshot snapshot) {
        PackIdentifier id = item.id();
        String alertId = decision.raisesAlert() ? alertId(context, item).toString() : null;
        var pack = snapshot.view().pack();
        String quarantine = pack == null || pack.quarantine() == null ? null : pack.quarantine().name();
        PackAnswer answer = new PackAnswer(id.gtin(), id.serial(), id.batch(), id.expiryText(), decision.state().name(),
                decision.status().name(), decision.dispensable(), decision.code().name(),
                decision.alertCode() == null ? null : decision.alertCode().name(), alertId, quarantine);
        int status = context.operation() == Operation.VERIFY ? 200 : HttpStatuses.ofDecision(decision);
        return new PackOutcome(status, answer, decision.problem() == null ? decision.code().description()
                : decision.problem().title(), decision.detail(), decision.problem() == null ? null : decision.problem().slug());
    }

    /** Stable per location and txId (a replay raises nothing new), else per request. */
    private static UUID alertId(Context context, Item item) {
        PackIdentifier id = item.id();
        if (context.operation() == Operation.VERIFY) {
            return AppendedVerify.alertIdOf(context.caller().location(), item.command().txId(), item.requestId(),
                    id.gtin(), id.serial());
        }
        String txId = item.command().txId();
        return AlertIds.forRequest(context.caller().location(), txId != null ? txId : item.requestId().toString(),
                AlertSource.valueOf(context.operation().name()), id.gtin(), id.serial());
    }

    private AlertEvent alertOf(Context context, Item item, Decision decision, String mah, String alertId) {
        if (!decision.raisesAlert()) {
            return null;
        }
        PackIdentifier id = item.id();
        Caller caller = context.caller();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reportedStatus", decision.status().name());
        details.put("detail", decision.detail());
        details.put("channel", context.channel().name());
        if (item.command().scan() != null) {
            details.put("scan", item.command().scan());
        }
        if (item.command().state() != null) {
            details.put("requestedState", item.command().state().name());
        }
        return new AlertEvent(UUID.fromString(alertId), decision.alertCode(), decision.code(), id.gtin(), id.serial(),
                id.batch(), id.expiryText(), caller.location(), caller.actor(), caller.role().claim(), mah,
                AlertSource.valueOf(context.operation().name()), context.at(), details);
    }

    /** The answer kept for a txId, or a refusal when the txId answered another request. */
    public PackOutcome replayOf(Replay kept, Operation operation, PackIdentifier id) {
        if (!kept.answers(operation.name(), id.gtin(), id.serial())) {
            throw new Refusal(Reason.TXID_REUSED,
                    "this txId was already used by this location for another request; send a new txId for a new request");
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
