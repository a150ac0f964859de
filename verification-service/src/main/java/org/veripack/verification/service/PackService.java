package org.veripack.verification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertIds;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.cache.CachedBatch;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.cache.CachedProduct;
import org.veripack.core.gs1.PackIdentifier;
import org.veripack.core.history.PackEventChain;
import org.veripack.core.history.PackEventRecord;
import org.veripack.core.rules.Caller;
import org.veripack.core.rules.Decision;
import org.veripack.core.rules.Operation;
import org.veripack.core.rules.PackRequest;
import org.veripack.core.rules.PackRules;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.ReturnCode;
import org.veripack.service.cache.PackCacheWriter;
import org.veripack.service.outbox.OutboxRelay;
import org.veripack.service.problem.ProblemException;
import org.veripack.verification.cache.PackCacheReader;
import org.veripack.verification.repository.PackSnapshot;
import org.veripack.verification.repository.PackWriter;
import org.veripack.verification.repository.RegistryReader;
import org.veripack.verification.repository.TxResults;
import org.veripack.verification.rest.PackAnswer;

/**
 * Verify, decommission and undo: the rules of pack-core decide, this class does the I/O around them. A verify
 * is answered from the cache in one round trip when it holds the pack, else from PostgreSQL (refilling the
 * cache). A state change is always decided on PostgreSQL's state and written with a version check, so of many
 * concurrent changes of one pack exactly one applies; the others are decided again on the new state.
 */
@ApplicationScoped
public class PackService {

    private static final int ATTEMPTS = 8;

    @Inject
    PackCacheReader cacheReader;

    @Inject
    PackCacheWriter cacheWriter;

    @Inject
    RegistryReader registry;

    @Inject
    PackWriter writer;

    @Inject
    TxResults txResults;

    @Inject
    OutboxRelay relay;

    @Inject
    PackRules rules;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    PackMetrics metrics;

    public Uni<PackOutcome> verify(PackIdentifier id, Caller caller, String txId) {
        PackRequest request = PackRequest.verify(id.batch(), id.expiryText());
        return cacheReader.read(id.gtin(), id.serial()).flatMap(cached -> {
            if (cached.isPresent()) {
                Decision decision = rules.decide(request, cached.get().view(), caller);
                return recordVerifyAlert(id, caller, answer(Operation.VERIFY, id, caller, txId, decision), decision,
                        cached.get().mah());
            }
            return registry.read(id.gtin(), id.serial(), id.batch()).flatMap(snapshot -> {
                Decision decision = rules.decide(request, snapshot.view(), caller);
                refill(id.gtin(), snapshot);
                return recordVerifyAlert(id, caller, answer(Operation.VERIFY, id, caller, txId, decision), decision,
                        snapshot.mah());
            });
        }).onFailure(RegistryUnavailableException::isInfrastructureFailure).transform(RegistryUnavailableException::new);
    }

    /** Decommission (state = the state to set) or undo (state = the state to undo). */
    public Uni<PackOutcome> change(Operation operation, PackIdentifier id, PackStatus state, Caller caller, String txId) {
        PackRequest request = new PackRequest(operation, id.batch(), id.expiryText(), state);
        return attempt(operation, request, id, caller, txId, 1)
                .onFailure(RegistryUnavailableException::isInfrastructureFailure).transform(RegistryUnavailableException::new);
    }

    private Uni<PackOutcome> attempt(Operation operation, PackRequest request, PackIdentifier id, Caller caller,
            String txId, int attempt) {
        if (attempt > ATTEMPTS) {
            return Uni.createFrom().failure(ProblemException.conflict(
                    "the pack changed during every attempt to apply this request; send it again"));
        }
        Uni<Optional<PackOutcome>> replay = txId == null ? Uni.createFrom().item(Optional.empty())
                : txResults.find(caller.location(), txId).map(kept -> kept.map(k -> replayOf(k, operation, id)));
        return replay.flatMap(earlier -> earlier.isPresent() ? Uni.createFrom().item(earlier.get())
                : registry.read(id.gtin(), id.serial(), id.batch()).flatMap(snapshot -> {
                    Decision decision = rules.decide(request, snapshot.view(), caller);
                    return write(operation, id, caller, txId, snapshot, decision, answer(operation, id, caller, txId, decision))
                            .flatMap(written -> written.isPresent() ? Uni.createFrom().item(written.get())
                                    : attempt(operation, request, id, caller, txId, attempt + 1));
                }));
    }

    private Uni<Optional<PackOutcome>> write(Operation operation, PackIdentifier id, Caller caller, String txId,
            PackSnapshot snapshot, Decision decision, PackOutcome outcome) {
        PackWriter.Replay replay = new PackWriter.Replay(caller.location(), txId, operation.name(), outcome.httpStatus(),
                toJson(outcome));
        AlertEvent alert = alertOf(operation, id, caller, decision, snapshot.mah(), outcome.answer().alertId());
        Uni<Boolean> written;
        if (decision.change() == Decision.Change.SET_STATUS) {
            PackStatus from = snapshot.view().pack().status();
            PackEventRecord event = new PackEventRecord(id.gtin(), id.serial(), snapshot.lastEventSeq() + 1, from.name(),
                    decision.newPackStatus().name(), caller.location(), caller.actor(), caller.role().claim(),
                    clock.instant(), txId);
            String hash = PackEventChain.hash(snapshot.lastHash(), event);
            written = writer.applyChange(event, snapshot.lastHash(), hash, snapshot.view().pack().repeatCount(), replay)
                    .call(applied -> applied ? cacheWriter.putPackOrForget(id.gtin(), id.serial(),
                            new CachedPack(decision.newPackStatus(), snapshot.batchOrdinal(), event.seq())) : Uni.createFrom().voidItem());
        } else if (snapshot.packKnown()) {
            written = writer.recordRefusal(id.gtin(), id.serial(), snapshot.lastEventSeq(),
                    snapshot.view().pack().repeatCount(), decision.change() == Decision.Change.COUNT_REPEAT, alert, replay);
        } else {
            written = writer.recordUnconditional(id.gtin(), id.serial(), alert, replay).replaceWith(true);
        }
        return written.map(applied -> {
            if (applied) {
                metrics.answered(operation, decision);
                if (alert != null) {
                    relay.wake();
                }
            }
            return applied ? Optional.of(outcome) : Optional.empty();
        });
    }

    /** A verify's alert goes to the outbox before the answer leaves, so an alert id answered is never lost. */
    private Uni<PackOutcome> recordVerifyAlert(PackIdentifier id, Caller caller, PackOutcome outcome, Decision decision,
            String mah) {
        metrics.answered(Operation.VERIFY, decision);
        if (!decision.raisesAlert()) {
            return Uni.createFrom().item(outcome);
        }
        AlertEvent alert = alertOf(Operation.VERIFY, id, caller, decision, mah, outcome.answer().alertId());
        PackWriter.Replay none = new PackWriter.Replay(caller.location(), null, Operation.VERIFY.name(), 200, null);
        return writer.recordUnconditional(id.gtin(), id.serial(), alert, none).invoke(relay::wake).replaceWith(outcome);
    }

    /** The answer about the pack, echoing the batch and expiry the caller sent. */
    private PackOutcome answer(Operation operation, PackIdentifier id, Caller caller, String txId, Decision decision) {
        String alertId = decision.raisesAlert()
                ? AlertIds.forRequest(caller.location(), txId == null ? UUID.randomUUID().toString() : txId,
                        AlertSource.valueOf(operation.name()), id.gtin(), id.serial()).toString()
                : null;
        PackAnswer answer = new PackAnswer(id.gtin(), id.serial(), id.batch(), id.expiryText(), decision.state().name(),
                decision.status().name(), decision.dispensable(), decision.code().name(),
                decision.alertCode() == null ? null : decision.alertCode().name(), alertId);
        return PackOutcome.of(decision, decision.httpStatus(), answer);
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

    /** A cache miss refills the cache with versioned entries (never over a newer one); failures only cost speed. */
    private void refill(String gtin, PackSnapshot snapshot) {
        if (!snapshot.packKnown()) {
            return;
        }
        var view = snapshot.view();
        cacheWriter.putProduct(gtin, new CachedProduct(view.product().status(), view.product().mahId()))
                .chain(() -> cacheWriter.putBatch(gtin, new CachedBatch(snapshot.batchOrdinal(), view.packBatch().batch(),
                        view.packBatch().expiry().text(), view.packBatch().status())))
                .chain(() -> cacheWriter.putPacks(gtin, java.util.List.of(new PackCacheWriter.Entry(view.pack().serial(),
                        new CachedPack(view.pack().status(), snapshot.batchOrdinal(), snapshot.lastEventSeq())))))
                .subscribe().with(done -> { }, failure -> { });
    }

    private PackOutcome replayOf(TxResults.Kept kept, Operation operation, PackIdentifier id) {
        if (!kept.operation().equals(operation.name()) || !kept.gtin().equals(id.gtin()) || !kept.serial().equals(id.serial())) {
            throw new org.veripack.core.rules.RefusedException(409, "txid-reused",
                    "this txId was already used by this location for another request; send a new txId for a new request");
        }
        try {
            return json.readValue(kept.responseJson(), PackOutcome.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("kept answer is not JSON", e);
        }
    }

    private String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
