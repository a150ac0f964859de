package org.veripack.verification.rest;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import org.veripack.core.rules.Role;
import org.veripack.service.security.CurrentCaller;
import org.veripack.verification.service.HistoryService;

/** A pack's history, for surveillance, admin and the MAH that owns the product; anyone else gets 404. */
@Path("/api/v1/packs/{gtin}/{serial}/history")
public class HistoryResource {

    @Inject
    HistoryService histories;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"surveillance", "admin", "manufacturer", "pharmacy", "wholesaler"})
    @Operation(summary = "The upload that created the pack, then every state change, with the hash chain checked")
    public Uni<HistoryService.History> history(@PathParam("gtin") String gtin, @PathParam("serial") String serial) {
        String scope;
        if (caller.hasRole(Role.SURVEILLANCE) || caller.hasRole(Role.ADMIN)) {
            scope = null;
        } else if (caller.hasRole(Role.MANUFACTURER)) {
            scope = caller.requireMah();
        } else {
            throw new Refusal(Reason.PACK_NOT_FOUND, "no pack with this GTIN and serial in your scope");
        }
        return histories.history(scope, gtin, serial);
    }
}
