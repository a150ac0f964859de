package org.veripack.alert.rest;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.veripack.alert.service.AlertQueries;
import org.veripack.alert.service.AlertScope;
import org.veripack.alert.service.AlertWorkflowService;
import org.veripack.core.rules.Role;
import org.veripack.service.problem.ProblemException;
import org.veripack.service.security.CurrentCaller;

/** Alerts for market surveillance, the national organisation, the MAH concerned and the scanning location. */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    @Inject
    AlertQueries queries;

    @Inject
    AlertWorkflowService workflow;

    @Inject
    CurrentCaller caller;

    /** The body of a status change. */
    public record StatusRequest(String status, String reason, String closeReason) {
    }

    @GET
    @RolesAllowed({"surveillance", "admin", "manufacturer", "pharmacy", "wholesaler"})
    @Operation(summary = "Alerts in the caller's scope, newest first: filters code, gtin, batch, location, status, from, to")
    public Uni<AlertQueries.AlertPage> list(@QueryParam("code") String code, @QueryParam("gtin") String gtin,
            @QueryParam("batch") String batch, @QueryParam("location") String location, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return queries.list(scope(), new AlertQueries.Filter(code, gtin, batch, location, status, from, to), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"surveillance", "admin", "manufacturer", "pharmacy", "wholesaler"})
    @Operation(summary = "An alert with its investigation history (404 outside the caller's scope)")
    public Uni<AlertView> get(@PathParam("id") String id) {
        return queries.get(scope(), id);
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
        return workflow.change(scope(), id, request.status(), request.reason(), request.closeReason(), caller.subject());
    }

    private AlertScope scope() {
        if (caller.hasRole(Role.SURVEILLANCE) || caller.hasRole(Role.ADMIN)) {
            return AlertScope.ALL;
        }
        if (caller.hasRole(Role.MANUFACTURER)) {
            return new AlertScope(caller.requireMah(), null);
        }
        return new AlertScope(null, caller.atLocation().location());
    }
}
