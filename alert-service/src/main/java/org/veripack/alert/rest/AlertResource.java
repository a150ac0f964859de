package org.veripack.alert.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.alert.repository.AlertQuery;
import org.veripack.alert.service.AlertQueryService;
import org.veripack.alert.service.AlertView;
import org.veripack.alert.service.AlertWorkflowService;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.paging.Paging;
import org.veripack.service.security.CurrentCaller;

/** Alerts for market surveillance, the national organisation, the MAH concerned and the scanning location. */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    private final AlertQueryService queries;
    private final AlertWorkflowService workflow;
    private final CurrentCaller caller;

    public AlertResource(AlertQueryService queries, AlertWorkflowService workflow, CurrentCaller caller) {
        this.queries = queries;
        this.workflow = workflow;
        this.caller = caller;
    }

    /** The body of a status change. */
    public record StatusRequest(String status, String reason, String closeReason) {
    }

    @GET
    @RolesAllowed({"surveillance", "admin", "manufacturer", "pharmacy", "wholesaler"})
    @Operation(summary = "Alerts in the caller's scope, newest first: filters code, gtin, batch, location, status, from, to")
    public Uni<AlertQueryService.AlertPage> list(@QueryParam("code") String code, @QueryParam("gtin") String gtin,
            @QueryParam("batch") String batch, @QueryParam("location") String location, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        return queries.list(caller.scope(), new AlertQueryService.Filter(code, gtin, batch, location, status, from, to),
                AlertQuery.Order.NEWEST, Paging.number("page", page), Paging.number("size", size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"surveillance", "admin", "manufacturer", "pharmacy", "wholesaler"})
    @Operation(summary = "An alert with its investigation history (404 outside the caller's scope)")
    public Uni<AlertView> get(@PathParam("id") String id) {
        return queries.get(caller.scope(), id);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"surveillance", "admin", "manufacturer"})
    @Operation(summary = "Move an alert: NEW → UNDER_INVESTIGATION → ESCALATED → CLOSED, or NEW/UNDER_INVESTIGATION → CLOSED")
    public Uni<AlertView> status(@PathParam("id") String id, StatusRequest request) {
        if (request == null) {
            throw Refusal.invalid("send {\"status\",\"reason\"?,\"closeReason\"?}");
        }
        return workflow.change(caller.scope(), id, request.status(), request.reason(), request.closeReason());
    }
}
