package org.veripack.verification.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.service.security.CurrentCaller;
import org.veripack.verification.service.DscsaRequestQueries;

/** The DSCSA requests answered: admin and surveillance see all, a manufacturer those about its products. */
@Path("/api/v1/dscsa/requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "surveillance", "manufacturer"})
public class DscsaRequestsResource {

    private final DscsaRequestQueries queries;
    private final CurrentCaller caller;

    public DscsaRequestsResource(DscsaRequestQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "DSCSA requests, newest first, with corrUUID and answer (filters: gtin, serial, reqGLN, "
            + "failedOnly, from, to; page, size)")
    public Uni<DscsaRequestQueries.RequestPage> list(@QueryParam("gtin") String gtin, @QueryParam("serial") String serial,
            @QueryParam("reqGLN") String reqGln, @QueryParam("failedOnly") String failedOnly,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return Uni.createFrom().deferred(() -> queries.list(caller.scope(),
                new DscsaRequestQueries.Query(gtin, serial, reqGln, failedOnly, from, to, page, size)));
    }
}
