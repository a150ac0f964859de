package org.veripack.verification.rest;

import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.service.security.CurrentCaller;
import org.veripack.verification.service.DscsaAnswerBody;
import org.veripack.verification.service.DscsaResponder;
import org.veripack.verification.service.PackMetrics;

/**
 * The DSCSA verification responder (GS1 Lightweight Verification Messaging, VRS 1.3 usage), for tokens with role
 * requester: a US trading partner's verification system or its VRS provider. Every answer, problems included,
 * carries {@code GS1US-Version: 1.3.0} ({@link Gs1UsVersionHeader}).
 */
@Path("/dscsa")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("requester")
public class DscsaResource {

    private final DscsaResponder responder;
    private final CurrentCaller caller;
    private final PackMetrics metrics;

    public DscsaResource(DscsaResponder responder, CurrentCaller caller, PackMetrics metrics) {
        this.responder = responder;
        this.caller = caller;
        this.metrics = metrics;
    }

    @GET
    @Path("/verify/gtin/{gtin}/lot/{lot}/ser/{ser}")
    @Operation(summary = "Verify a product identifier (query: exp, linkType, context, reqGLN, corrUUID, ctrlPossessAtt, "
            + "email, telephone): 200 with verified and, when false, the verificationFailureReason")
    public Uni<DscsaAnswerBody> verify(@PathParam("gtin") String gtin, @PathParam("lot") String lot,
            @PathParam("ser") String ser, @Context UriInfo uri) {
        Timer.Sample sample = Timer.start();
        return Uni.createFrom().deferred(() -> responder.verify(caller.scope(), gtin, lot, ser, uri.getQueryParameters()))
                .eventually(() -> sample.stop(metrics.dscsaTimer()));
    }

    @GET
    @Path("/checkConnectivity")
    @Operation(summary = "Check the connection (query: gtin, reqGLN, context): 200 with the responder's GLN")
    public Uni<DscsaAnswerBody.Connectivity> checkConnectivity(@Context UriInfo uri) {
        return Uni.createFrom().deferred(() -> responder.checkConnectivity(uri.getQueryParameters()));
    }
}
