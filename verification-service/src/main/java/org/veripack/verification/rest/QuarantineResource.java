package org.veripack.verification.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.service.security.CurrentCaller;
import org.veripack.verification.service.QuarantineService;

/**
 * Quarantine of a suspect pack and its release, for surveillance, admin and the MAH that owns the product (anyone
 * else of these roles gets 404, as for an unknown pack). Both are events of the pack's hash-chained history.
 */
@Path("/api/v1/packs/{gtin}/{serial}/quarantine")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"surveillance", "admin", "manufacturer"})
public class QuarantineResource {

    /** {@code {"level":"SUSPECT|ILLEGITIMATE","reason"}} */
    public record QuarantineBody(String level, String reason) {
    }

    /** {@code {"reason"}} */
    public record ReleaseBody(String reason) {
    }

    private final QuarantineService quarantine;
    private final CurrentCaller caller;

    public QuarantineResource(QuarantineService quarantine, CurrentCaller caller) {
        this.quarantine = quarantine;
        this.caller = caller;
    }

    @PUT
    @Operation(summary = "Quarantine the pack (SUSPECT or ILLEGITIMATE, with a reason): never dispensable, not to be "
            + "supplied, sampled or exported")
    public Uni<QuarantineService.QuarantineView> quarantine(@PathParam("gtin") String gtin,
            @PathParam("serial") String serial, QuarantineBody body) {
        return Uni.createFrom().deferred(() -> quarantine.quarantine(caller.scope(), gtin, serial,
                body == null ? null : body.level(), body == null ? null : body.reason()));
    }

    @POST
    @Path("/release")
    @Operation(summary = "Lift the pack's quarantine, with a reason")
    public Uni<QuarantineService.QuarantineView> release(@PathParam("gtin") String gtin,
            @PathParam("serial") String serial, ReleaseBody body) {
        return Uni.createFrom().deferred(() -> quarantine.release(caller.scope(), gtin, serial,
                body == null ? null : body.reason()));
    }
}
