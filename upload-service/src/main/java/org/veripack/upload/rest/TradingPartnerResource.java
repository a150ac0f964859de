package org.veripack.upload.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.service.security.CurrentCaller;
import org.veripack.upload.service.TradingPartnerService;

/** The trading-partner registry the DSCSA responder admits requests from (contract v1.1). */
@Path("/api/v1/trading-partners/{gln}")
@Produces(MediaType.APPLICATION_JSON)
public class TradingPartnerResource {

    private final TradingPartnerService partners;
    private final CurrentCaller caller;

    public TradingPartnerResource(TradingPartnerService partners, CurrentCaller caller) {
        this.partners = partners;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Register (201) or change (200) a trading partner: name, status AUTHORIZED or BLOCKED, reason")
    public Response put(@PathParam("gln") String gln, TradingPartnerRequest request) {
        TradingPartnerRequest body = request == null ? new TradingPartnerRequest(null, null, null) : request;
        TradingPartnerService.Saved saved = partners.put(caller.scope(), gln, body.name(), body.status(), body.reason());
        return Response.status(saved.created() ? 201 : 200).entity(TradingPartnerView.of(saved.partner())).build();
    }

    @GET
    @RolesAllowed({"pharmacy", "wholesaler", "manufacturer", "surveillance", "admin", "requester"})
    @Operation(summary = "A trading partner's standing: is it an authorised trading partner in good standing?")
    public TradingPartnerView get(@PathParam("gln") String gln) {
        return TradingPartnerView.of(partners.find(gln));
    }

    @GET
    @Path("/history")
    @RolesAllowed({"admin", "surveillance"})
    @Operation(summary = "Every change of a trading partner, newest first: name, status, who, when and why")
    public TradingPartnerView.History history(@PathParam("gln") String gln) {
        return TradingPartnerView.History.of(partners.history(caller.scope(), gln));
    }
}
