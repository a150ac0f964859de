package org.veripack.verification.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.core.record.OperationRecord;
import org.veripack.core.paging.Paging;
import org.veripack.service.security.CurrentCaller;
import org.veripack.verification.service.PackQueries;

/**
 * A pack's history and its operation records, for surveillance, admin and the MAH that owns the product; anyone
 * else gets 404, as for an unknown pack.
 */
@Path("/api/v1/packs/{gtin}/{serial}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"surveillance", "admin", "manufacturer", "pharmacy", "wholesaler", "requester"})
public class HistoryResource {

    private final PackQueries queries;
    private final CurrentCaller caller;

    public HistoryResource(PackQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    /** One operation record as the contract shows it. */
    @RegisterForReflection
    public record RecordView(Instant at, String operation, String channel, String gtin, String serial, String batch,
            String expiry, String location, String role, String actor, String code, String alertId, String txId) {

        static RecordView of(OperationRecord record) {
            return new RecordView(record.at(), record.operation().name(), record.channel().name(), record.gtin(),
                    record.serial(), record.batch(), record.expiry(), record.location(), record.role(), record.actor(),
                    record.code(), record.alertId() == null ? null : record.alertId().toString(), record.txId());
        }
    }

    /** A page of records, newest first. */
    @RegisterForReflection
    public record RecordPage(List<RecordView> items, long total, int page, int size) {
    }

    @GET
    @Path("/history")
    @Operation(summary = "The upload that created the pack, then every state change, with the hash chain checked")
    public Uni<PackQueries.History> history(@PathParam("gtin") String gtin, @PathParam("serial") String serial) {
        return queries.history(caller.scope(), gtin, serial);
    }

    @GET
    @Path("/operations")
    @Operation(summary = "Every operation on the pack (verifies included), newest first, paged")
    public Uni<RecordPage> operations(@PathParam("gtin") String gtin, @PathParam("serial") String serial,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        return queries.operations(caller.scope(), gtin, serial, from, to, Paging.number("page", page),
                        Paging.number("size", size))
                .map(found -> new RecordPage(found.items().stream().map(RecordView::of).toList(), found.total(),
                        found.page(), found.size()));
    }
}
