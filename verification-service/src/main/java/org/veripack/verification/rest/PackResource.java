package org.veripack.verification.rest;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.core.rules.Caller;
import org.veripack.service.problem.Problem;
import org.veripack.service.security.CurrentCaller;
import org.veripack.verification.service.PackMetrics;
import org.veripack.verification.service.PackOutcome;
import org.veripack.verification.service.PackRequests;
import org.veripack.verification.service.PackService;

/** Verify, decommission and undo one pack, for pharmacies and wholesalers (their GLN in the token's loc claim). */
@Path("/api/v1/packs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"pharmacy", "wholesaler"})
public class PackResource {

    @Inject
    PackService packs;

    @Inject
    PackRequests requests;

    @Inject
    CurrentCaller caller;

    @Inject
    PackMetrics metrics;

    @POST
    @Path("/verify")
    @Operation(summary = "Verify a pack: 200 with what the registry holds, the NMVS code and the alert raised, if any")
    public Uni<Response> verify(PackRequestBody body) {
        Timer.Sample sample = Timer.start();
        Caller who = caller.atLocation();
        return packs.verify(requests.identifier(body), who, requests.txId(body))
                .map(PackResource::response)
                .eventually(() -> sample.stop(metrics.timer(org.veripack.core.rules.Operation.VERIFY)));
    }

    @POST
    @Path("/decommission")
    @Operation(summary = "Decommission a pack (SUPPLIED, DESTROYED, EXPORTED, ...): 200, or a problem with the NMVS code")
    public Uni<Response> decommission(PackRequestBody body) {
        return change(org.veripack.core.rules.Operation.DECOMMISSION, body);
    }

    @POST
    @Path("/undo")
    @Operation(summary = "Undo a decommission (state = the state to undo): 200, or a problem with the NMVS code")
    public Uni<Response> undo(PackRequestBody body) {
        return change(org.veripack.core.rules.Operation.UNDO, body);
    }

    @Inject
    org.veripack.verification.service.BulkPackService bulk;

    /** The answers of a bulk request, one per pack, in order. */
    public record BulkAnswer(java.util.List<BulkItem> results) {
    }

    @POST
    @Path("/bulk")
    @Operation(summary = "VERIFY, DECOMMISSION or UNDO of up to 10 000 packs: one answer per pack, in order, each with its httpStatus")
    public Uni<Response> bulk(BulkRequestBody body) {
        Caller who = caller.atLocation();
        if (body == null || body.packs() == null || body.operation() == null) {
            throw Refusal.invalid(
                    "send {\"operation\":\"VERIFY|DECOMMISSION|UNDO\",\"state\"?,\"packs\":[...]}");
        }
        if (body.packs().size() > org.veripack.verification.service.BulkPackService.MAX_PACKS) {
            throw new org.veripack.service.problem.ProblemException(new Problem("too-many-packs", "Payload too large", 413,
                    "a bulk request holds at most " + org.veripack.verification.service.BulkPackService.MAX_PACKS
                            + " packs; this one holds " + body.packs().size() + ": split it"));
        }
        org.veripack.core.rules.Operation operation;
        try {
            operation = org.veripack.core.rules.Operation.valueOf(body.operation());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("\"operation\" must be VERIFY, DECOMMISSION or UNDO");
        }
        org.veripack.core.rules.PackStatus state = operation == org.veripack.core.rules.Operation.VERIFY ? null
                : requests.state(new PackRequestBody(null, null, null, null, null, body.state(), null));
        return bulk.bulk(operation, state, body.packs(), who).map(results -> Response.ok(new BulkAnswer(results)).build());
    }

    private Uni<Response> change(org.veripack.core.rules.Operation operation, PackRequestBody body) {
        Timer.Sample sample = Timer.start();
        Caller who = caller.atLocation();
        return packs.change(operation, requests.identifier(body), requests.state(body), who, requests.txId(body))
                .map(PackResource::response)
                .eventually(() -> sample.stop(metrics.timer(operation)));
    }

    private static Response response(PackOutcome outcome) {
        return Response.status(outcome.httpStatus())
                .type(outcome.httpStatus() == 200 ? MediaType.APPLICATION_JSON_TYPE : Problem.MEDIA)
                .entity(outcome.body()).build();
    }
}
