package org.veripack.service.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.core.rules.Role;
import org.veripack.core.scope.Scope;
import org.veripack.service.security.CurrentCaller;

/**
 * {@code GET /api/v1/me}: what the service understood of the caller's token. Integrators use it to check
 * a token before they send business requests with it.
 */
@Path("/api/v1/me")
public class CallerResource {

    private final CurrentCaller caller;

    public CallerResource(CurrentCaller caller) {
        this.caller = caller;
    }

    /** The caller as the service sees it. */
    public record CallerView(String subject, List<String> roles, String location, String mah, String gln) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"pharmacy", "wholesaler", "manufacturer", "surveillance", "admin", "requester"})
    @Operation(summary = "The caller as the service reads its token: subject, roles, location GLN, MAH id, requester GLN")
    public CallerView me() {
        Scope scope = caller.scope();
        return new CallerView(scope.subject(), scope.roles().stream().map(Role::claim).toList(), scope.location(),
                scope.mah(), scope.gln());
    }
}
