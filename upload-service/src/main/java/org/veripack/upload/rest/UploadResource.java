package org.veripack.upload.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.service.security.CurrentCaller;
import org.veripack.upload.service.UploadReportService;

/** The report of an upload. */
@Path("/api/v1/uploads/{id}")
public class UploadResource {

    private final UploadReportService uploads;
    private final CurrentCaller caller;

    public UploadResource(UploadReportService uploads, CurrentCaller caller) {
        this.uploads = uploads;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"manufacturer", "surveillance", "admin"})
    @Operation(summary = "Status, counts and the first 100 line errors of an upload (the MAH's own)")
    public UploadReportService.UploadView get(@PathParam("id") String id) {
        return uploads.find(caller.scope(), id);
    }
}
