package org.veripack.verification.rest;

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
