package org.veripack.upload.rest;

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
import org.veripack.upload.service.UploadQueries;

/** The report of an upload. */
@Path("/api/v1/uploads/{id}")
public class UploadResource {

    @Inject
    UploadQueries uploads;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"manufacturer", "surveillance", "admin"})
    @Operation(summary = "Status, counts and the first 100 line errors of an upload (the MAH's own)")
    public Uni<UploadQueries.UploadView> get(@PathParam("id") String id) {
        String scope = caller.hasRole(Role.SURVEILLANCE) || caller.hasRole(Role.ADMIN) ? null : caller.requireMah();
        return uploads.find(scope, id);
    }
}
