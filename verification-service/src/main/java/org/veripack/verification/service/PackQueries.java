package org.veripack.verification.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.history.PackEventChain;
import org.veripack.core.record.OperationRecord;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.paging.Paging;
import org.veripack.core.scope.Scope;
import org.veripack.verification.repository.HistoryRepository;
import org.veripack.verification.repository.OperationRecords;

/**
 * What investigators read about one pack: its story (the upload that created it, then every state change, with the
 * hash chain re-computed so that a changed, removed or inserted event shows) and every operation on it. Both only
 * within the caller's scope (surveillance, admin, the owning MAH); anything else is answered as unknown.
 */
@ApplicationScoped
public class PackQueries {

    public static final int MAX_PAGE_SIZE = 500;

    private final HistoryRepository history;
    private final OperationRecords records;

    public PackQueries(HistoryRepository history, OperationRecords records) {
        this.history = history;
        this.records = records;
    }

    /**
     * One line of the story; the first (seq 0) is the upload. {@code kind} is STATUS, QUARANTINE or RELEASE; a
     * quarantine names its {@code quarantine} level, and both it and a release their {@code reason}.
     */
    @RegisterForReflection
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record Line(long seq, String kind, String from, String to, String location, String actor, String role,
            Instant at, String txId, String quarantine, String reason, String prevHash, String hash) {
    }

    /** The story, whether the chain holds, and the seq of the first event that breaks it (or null). */
    @RegisterForReflection
    public record History(String gtin, String serial, String batch, String uploadId, List<Line> events,
            boolean chainValid, Long firstBrokenSeq) {
    }

    /** A page of a pack's operation records, newest first. */
    @RegisterForReflection
    public record RecordPage(List<OperationRecord> items, long total, int page, int size) {
    }

    public Uni<History> history(Scope scope, String gtinText, String serial) {
        String gtin = Gs1Validation.gtin14(gtinText);
        return inScope(scope, gtin, serial).flatMap(origin -> history.events(gtin, serial).map(events -> {
            List<Line> lines = new ArrayList<>();
            lines.add(new Line(0, "UPLOAD", null, "ACTIVE", null, origin.uploadedBy(), null, origin.uploadedAt(), null, null,
                    null, null, null));
            for (PackEventChain.StoredEvent stored : events) {
                var event = stored.event();
                lines.add(new Line(event.seq(), event.kind().name(), event.from(), event.to(), event.location(),
                        event.actor(), event.role(), event.at(), event.txId(), event.quarantine(), event.reason(),
                        stored.prevHash(), stored.hash()));
            }
            int broken = PackEventChain.firstBroken(events);
            return new History(gtin, serial, origin.batch(), origin.uploadId().toString(), lines, broken < 0,
                    broken < 0 ? null : events.get(broken).event().seq());
        }));
    }

    public Uni<RecordPage> operations(Scope scope, String gtinText, String serial, String from, String to, int page,
            int size) {
        String gtin = Gs1Validation.gtin14(gtinText);
        Paging.page(page, size, MAX_PAGE_SIZE);
        Instant since = instant("from", from, Instant.EPOCH);
        Instant until = instant("to", to, Instant.parse("9999-12-31T00:00:00Z"));
        return inScope(scope, gtin, serial).flatMap(origin -> records.page(gtin, serial, since, until, page, size))
                .map(found -> new RecordPage(found.items(), found.total(), page, size));
    }

    private Uni<HistoryRepository.PackOrigin> inScope(Scope scope, String gtin, String serial) {
        Gs1Validation.serial(serial);
        return history.origin(gtin, serial).map(origin -> {
            if (origin == null || !scope.coversProduct(origin.mah())) {
                throw Scope.notInScope(Reason.PACK_NOT_FOUND, "pack");
            }
            return origin;
        });
    }

    static Instant instant(String name, String value, Instant absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("\"" + name + "\" must be an ISO-8601 instant such as 2026-11-24T00:00:00Z");
        }
    }
}
