package org.veripack.verification.repository;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.veripack.service.problem.BackendUnavailable;

/**
 * Concurrent single requests share a commit. Each commit waits for PostgreSQL to flush the WAL to disk, and commits
 * of separate statements queued for that flush one after another (at about 650 decommissions a second the sessions
 * waited on WALWrite and WALSync, PostgreSQL at a full core). Here a write goes out at once when few are in flight;
 * writes that arrive meanwhile wait for the next free slot and then go together, in one transaction: one flush for
 * all of them. Each write stays its own conditional statement, so one that finds its pack changed applies nothing
 * without touching the others. If a shared transaction fails for another reason than an unreachable database, each of
 * its writes is sent again alone, so a bad write fails only its own request.
 */
final class GroupCommit {

    /** Transactions in flight at once: one being flushed while the next fills. */
    private static final int IN_FLIGHT = 2;
    /** Writes per shared transaction at most. */
    private static final int MAX_BATCH = 256;

    private record Pending(PackWriter.Write write, UniEmitter<? super PackWriter.Outcome> emitter) {
    }

    private final PackWriter writer;
    private final Queue<Pending> queue = new ArrayDeque<>();
    private int inFlight;

    GroupCommit(PackWriter writer, Pool pool) {
        this.writer = writer;
    }

    Uni<PackWriter.Outcome> submit(PackWriter.Write write) {
        return Uni.createFrom().emitter(emitter -> {
            synchronized (this) {
                queue.add(new Pending(write, emitter));
            }
            sendWhatWaits();
        });
    }

    private void sendWhatWaits() {
        List<Pending> batch;
        synchronized (this) {
            if (inFlight >= IN_FLIGHT || queue.isEmpty()) {
                return;
            }
            inFlight++;
            batch = new ArrayList<>(Math.min(queue.size(), MAX_BATCH));
            while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
                batch.add(queue.poll());
            }
        }
        send(batch).subscribe().with(done -> finished(), failure -> finished());
    }

    private void finished() {
        synchronized (this) {
            inFlight--;
        }
        sendWhatWaits();
    }

    private Uni<Void> send(List<Pending> batch) {
        if (batch.size() == 1) {
            Pending only = batch.get(0);
            return writer.alone(only.write()).invoke(only.emitter()::complete)
                    .onFailure().invoke(only.emitter()::fail).replaceWithVoid().onFailure().recoverWithNull();
        }
        List<PackWriter.Write> writes = batch.stream().map(Pending::write).toList();
        return writer.inOneTransaction(writes).invoke(outcomes -> {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).emitter().complete(outcomes.get(i));
            }
        }).replaceWithVoid().onFailure().recoverWithUni(failure -> {
            if (failure instanceof BackendUnavailable) {
                batch.forEach(pending -> pending.emitter().fail(failure));
                return Uni.createFrom().voidItem();
            }
            // one write spoiled the shared transaction: each goes again alone
            List<Uni<Void>> alone = new ArrayList<>();
            for (Pending pending : batch) {
                alone.add(writer.alone(pending.write()).invoke(pending.emitter()::complete)
                        .onFailure().invoke(pending.emitter()::fail).replaceWithVoid().onFailure().recoverWithNull());
            }
            return Uni.join().all(alone).andCollectFailures().replaceWithVoid();
        });
    }
}
