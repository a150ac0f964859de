package org.veripack.verification.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.veripack.core.dscsa.DscsaAnswer;
import org.veripack.core.dscsa.DscsaConnectivityRequest;
import org.veripack.core.dscsa.DscsaRecords;
import org.veripack.core.dscsa.DscsaRequest;
import org.veripack.core.dscsa.DscsaRequests;
import org.veripack.core.dscsa.DscsaRules;
import org.veripack.core.dscsa.DscsaView;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.gs1.PackIdentifier;
import org.veripack.core.record.AppendedVerify;
import org.veripack.core.record.Channel;
import org.veripack.core.record.RequestIds;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.rules.Caller;
import org.veripack.core.rules.Operation;
import org.veripack.core.rules.Role;
import org.veripack.core.scope.Scope;
import org.veripack.verification.cache.TradingPartners;
import org.veripack.verification.config.VerificationConfig;
import org.veripack.verification.repository.PackWriter;
import org.veripack.verification.repository.RegistryReader;

/**
 * The DSCSA verification responder: a US trading partner (through its VRS provider) asks whether a product identifier
 * is genuine. Parsed and checked by pack-core, the requester admitted from the in-memory trading-partner registry,
 * the pack read by the pack pipeline's read step (cache first, its record appended in the same round trip;
 * PostgreSQL on a miss), answered by pack-core's DSCSA table, and recorded (channel DSCSA, location the reqGLN).
 */
@ApplicationScoped
public class DscsaResponder {

    private final PackPipeline pipeline;
    private final PackWriter writer;
    private final RegistryReader registry;
    private final TradingPartners partners;
    private final PackMetrics metrics;
    private final Clock clock;
    private final String responderGln;

    public DscsaResponder(PackPipeline pipeline, PackWriter writer, RegistryReader registry, TradingPartners partners,
            PackMetrics metrics, Clock clock, VerificationConfig.Dscsa config) {
        this.pipeline = pipeline;
        this.writer = writer;
        this.registry = registry;
        this.partners = partners;
        this.metrics = metrics;
        this.clock = clock;
        this.responderGln = Gs1Validation.gln(config.responderGln());
    }

    /** Answers {@code GET /dscsa/verify/gtin/{gtin}/lot/{lot}/ser/{ser}} with the raw path and query values. */
    public Uni<DscsaAnswerBody> verify(Scope scope, String gtin, String lot, String ser, Map<String, List<String>> query) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = at.atZone(clock.getZone()).toLocalDate();
        DscsaRequest request = DscsaRequests.parse(gtin, lot, ser, query, today);
        partners.admit(request.reqGln());
        String corrUuid = DscsaRequests.corrUuidOrNew(request);
        Caller caller = new Caller(Role.REQUESTER, request.reqGln(), scope.subject());
        PackPlanner.Context context = new PackPlanner.Context(Operation.VERIFY, Channel.DSCSA, caller, at);
        PackIdentifier id = new PackIdentifier(request.gtin(), request.serial(), request.lot(), request.expiry(), null);
        PackPlanner.Item item = new PackPlanner.Item(0, new PackCommand(id, null, corrUuid, null), RequestIds.next());
        return pipeline.read(context, List.of(item), read -> AppendedVerify.dscsaRequestPart(at, request, corrUuid,
                caller, read.requestId()), true).flatMap(reads -> {
                    PackPipeline.Read read = reads.get(0);
                    var view = read.snapshot().view();
                    DscsaAnswer answer = DscsaRules.decide(request,
                            DscsaView.of(view, view.pack() == null ? null : view.pack().quarantine()),
                            read.snapshot().policy().policy(), today);
                    metrics.answeredDscsa(answer);
                    DscsaAnswerBody body = body(at, corrUuid, answer);
                    if (read.recorded()) {
                        return Uni.createFrom().item(body);
                    }
                    PackWriter.Record record = new PackWriter.Record(item.requestId(), at, Channel.DSCSA.name(),
                            request.lot(), request.expiry().text(), Role.REQUESTER.claim(), scope.subject(),
                            answer.recordCode(), corrUuid, DscsaRecords.details(corrUuid, request.context(), answer));
                    PackWriter.Keep nothingKept = new PackWriter.Keep(request.reqGln(), null, Operation.VERIFY.name(), 200, null);
                    return writer.execute(List.of(PackWriter.unconditional(request.gtin(), request.serial(), null,
                            nothingKept, record, true))).replaceWith(body);
                });
    }

    /** Answers {@code GET /dscsa/checkConnectivity}: the requester admitted and the GTIN one the registry holds. */
    public Uni<DscsaAnswerBody.Connectivity> checkConnectivity(Map<String, List<String>> query) {
        DscsaConnectivityRequest request = DscsaRequests.parseConnectivity(query);
        partners.admit(request.reqGln());
        return registry.productKnown(request.gtin()).map(known -> {
            if (!known) {
                throw new Refusal(Reason.PRODUCT_NOT_FOUND, "GTIN " + request.gtin()
                        + " is not a product of this repository: check the GTIN, or ask the responder its manufacturer uses");
            }
            return new DscsaAnswerBody.Connectivity(responderGln);
        });
    }

    private DscsaAnswerBody body(Instant at, String corrUuid, DscsaAnswer answer) {
        return new DscsaAnswerBody(at.truncatedTo(ChronoUnit.MILLIS).toString(), responderGln, corrUuid,
                new DscsaAnswerBody.Data(answer.verified(),
                        answer.failureReason() == null ? null : answer.failureReason().wire(),
                        answer.additionalInfo() == null ? null : answer.additionalInfo().wire()));
    }
}
