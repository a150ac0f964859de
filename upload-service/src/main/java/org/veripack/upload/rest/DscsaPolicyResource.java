package org.veripack.upload.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.service.security.CurrentCaller;
import org.veripack.upload.service.DscsaPolicyService;

/** The caller's MAH's answer to DSCSA verifications of its recalled and expired packs (contract v1.1). */
@Path("/api/v1/dscsa/policy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("manufacturer")
public class DscsaPolicyResource {

    private final DscsaPolicyService policies;
    private final CurrentCaller caller;

    public DscsaPolicyResource(DscsaPolicyService policies, CurrentCaller caller) {
        this.policies = policies;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's MAH's DSCSA policy; both VERIFIED when it set none")
    public DscsaPolicyView get() {
        return DscsaPolicyView.of(policies.find(caller.scope()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the answer for recalled and expired packs: VERIFIED or NOT_VERIFIED each")
    public DscsaPolicyView put(DscsaPolicyRequest request) {
        DscsaPolicyRequest body = request == null ? new DscsaPolicyRequest(null, null) : request;
        return DscsaPolicyView.of(policies.put(caller.scope(), body.recalled(), body.expired()));
    }
}
