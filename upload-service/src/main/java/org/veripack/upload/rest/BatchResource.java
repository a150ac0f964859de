package org.veripack.upload.rest;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.service.security.CurrentCaller;
import org.veripack.upload.service.BatchRecallService;
import org.veripack.upload.service.BatchUploadService;
import org.veripack.upload.service.UploadBody;

/** Batch uploads (JSON or CSV, streamed) and recalls, for manufacturers. */
@Path("/api/v1/batches")
public class BatchResource {

    public static final String TEXT_CSV = "text/csv";

    private final BatchUploadService uploads;
    private final BatchRecallService recalls;
    private final CurrentCaller caller;

    public BatchResource(BatchUploadService uploads, BatchRecallService recalls, CurrentCaller caller) {
        this.uploads = uploads;
        this.recalls = recalls;
        this.caller = caller;
    }

    /** The answer to an accepted upload. */
    public record Accepted(String uploadId, String status) {
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("manufacturer")
    @Operation(summary = "Upload the serials of a batch: {\"gtin\",\"batch\",\"expiry\",\"serials\":[...]}")
    public Response uploadJson(InputStream body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return accepted(uploads.upload(uploader(), idempotencyKey, null, sink -> UploadBody.readJson(body, sink)));
    }

    @POST
    @Blocking
    @Consumes(TEXT_CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("manufacturer")
    @Operation(summary = "Upload the serials of a batch as text/csv, one serial a line; gtin, batch, expiry as query parameters")
    public Response uploadCsv(InputStream body, @QueryParam("gtin") String gtin, @QueryParam("batch") String batch,
            @QueryParam("expiry") String expiry, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        UploadBody.Header header = new UploadBody.Header(gtin, batch, expiry);
        return accepted(uploads.upload(uploader(), idempotencyKey, header, sink -> {
            UploadBody.readCsv(body, sink);
            return header;
        }));
    }

    @POST
    @Path("/{gtin}/{batch}/recall")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("manufacturer")
    @Operation(summary = "Recall a batch, once and for good: every pack of it verifies RECALLED at once")
    public BatchRecallService.RecalledBatch recall(@PathParam("gtin") String gtin, @PathParam("batch") String batch,
            ReasonRequest request) {
        return recalls.recall(caller.scope(), gtin, batch, request == null ? null : request.reason());
    }

    private BatchUploadService.Uploader uploader() {
        return new BatchUploadService.Uploader(caller.scope().requireMah(), caller.scope().subject());
    }

    private static Response accepted(BatchUploadService.Result result) {
        return Response.accepted(new Accepted(result.uploadId().toString(), result.status()))
                .location(URI.create("/api/v1/uploads/" + result.uploadId()))
                .build();
    }
}
