package org.veripack.verification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.history.PackEventChain;
import org.veripack.core.history.PackEventKind;
import org.veripack.core.history.PackEventRecord;
import org.veripack.core.record.RecordedOperation;
import org.veripack.core.record.RequestIds;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.rules.QuarantineLevel;
import org.veripack.core.rules.QuarantineRules;
import org.veripack.core.rules.Role;
import org.veripack.core.scope.Scope;
import org.veripack.verification.repository.PackSnapshot;
import org.veripack.verification.repository.QuarantineWriter;
import org.veripack.verification.repository.RegistryReader;

/**
 * Quarantine and release of a pack (surveillance, admin, the owning MAH): scope and pack-core's rules decide, the
 * event joins the pack's hash chain in one statement with its operation record and cache-sync row, then the cache
 * entry is written (a crash in between leaves the cache-sync row, which the sweeper writes within a second). A pack
 * that changed between the read and the write is read and decided again.
 */
@ApplicationScoped
public class QuarantineService {

    static final int ATTEMPTS = 5;

    private final RegistryReader registry;
    private final QuarantineWriter writer;
    private final PackEffects effects;
    private final ObjectMapper json;
    private final Clock clock;

    public QuarantineService(RegistryReader registry, QuarantineWriter writer, PackEffects effects, ObjectMapper json,
            Clock clock) {
        this.registry = registry;
        this.writer = writer;
        this.effects = effects;
        this.json = json;
        this.clock = clock;
    }

    /** The pack's quarantine after a request, and whether the request changed it. */
    public record QuarantineView(String gtin, String serial, String status, String quarantine, boolean changed,
            Instant at) {
    }

    /** {@code PUT .../quarantine {"level","reason"}}: sets or changes the level; the same level again changes nothing. */
    public Uni<QuarantineView> quarantine(Scope scope, String gtin, String serial, String level, String reason) {
        String checkedGtin = Gs1Validation.gtin14(gtin);
        String checkedSerial = Gs1Validation.serial(serial);
        QuarantineRules.Request request = QuarantineRules.quarantine(level, reason);
        return apply(scope, checkedGtin, checkedSerial, PackEventKind.QUARANTINE, request.level(), request.reason(), 1);
    }

    /** {@code POST .../quarantine/release {"reason"}}: lifts the quarantine; a pack not quarantined is refused (409). */
    public Uni<QuarantineView> release(Scope scope, String gtin, String serial, String reason) {
        String checkedGtin = Gs1Validation.gtin14(gtin);
        String checkedSerial = Gs1Validation.serial(serial);
        String checkedReason = QuarantineRules.reason(reason);
        return apply(scope, checkedGtin, checkedSerial, PackEventKind.RELEASE, null, checkedReason, 1);
    }

    private Uni<QuarantineView> apply(Scope scope, String gtin, String serial, PackEventKind kind,
            QuarantineLevel level, String reason, int attempt) {
        return registry.readAll(List.of(new RegistryReader.Key(gtin, serial, null, null)), null).flatMap(read -> {
            PackSnapshot snapshot = read.get(0);
            if (!snapshot.packKnown()) {
                throw Scope.notInScope(Reason.PACK_NOT_FOUND, "pack");
            }
            scope.requireProduct(snapshot.mah(), Reason.PACK_NOT_FOUND, "pack");
            var pack = snapshot.view().pack();
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (kind == PackEventKind.RELEASE) {
                QuarantineRules.requireQuarantined(pack.quarantine(), gtin, serial);
            } else if (!QuarantineRules.changes(pack.quarantine(), level)) {
                return Uni.createFrom().item(new QuarantineView(gtin, serial, pack.status().name(), level.name(), false, at));
            }
            PackEventRecord event = new PackEventRecord(gtin, serial, snapshot.lastEventSeq() + 1, pack.status().name(),
                    pack.status().name(), null, scope.subject(), actingRole(scope).claim(), at, null, kind,
                    level == null ? null : level.name(), reason);
            String hash = PackEventChain.hash(snapshot.lastHash(), event);
            CachedPack after = new CachedPack(pack.status(), snapshot.batchOrdinal(), event.seq(), level);
            RecordedOperation operation = kind == PackEventKind.RELEASE ? RecordedOperation.RELEASE : RecordedOperation.QUARANTINE;
            return writer.write(event, snapshot.lastHash(), hash, RequestIds.next(), operation.name(), after.encode(),
                    details(level, reason)).flatMap(applied -> {
                        if (applied) {
                            return effects.packStored(gtin, serial, after).replaceWith(new QuarantineView(gtin, serial,
                                    pack.status().name(), level == null ? null : level.name(), true, at));
                        }
                        if (attempt >= ATTEMPTS) {
                            throw new Refusal(Reason.PACK_KEPT_CHANGING,
                                    "the pack changed during every attempt to apply this request; send it again");
                        }
                        return apply(scope, gtin, serial, kind, level, reason, attempt + 1);
                    });
        });
    }

    /** The role the event is recorded under: the one that grants the change. */
    private static Role actingRole(Scope scope) {
        return scope.has(Role.SURVEILLANCE) ? Role.SURVEILLANCE : scope.has(Role.ADMIN) ? Role.ADMIN : Role.MANUFACTURER;
    }

    private String details(QuarantineLevel level, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("level", level == null ? null : level.name());
        details.put("reason", reason);
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
