package org.veripack.verification.rest;

import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.core.record.Channel;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.rules.Caller;
import org.veripack.service.problem.Problem;
import org.veripack.service.security.CurrentCaller;
import org.veripack.verification.service.PackAnswer;
import org.veripack.verification.service.PackCommand;
import org.veripack.verification.service.PackCommands;
import org.veripack.verification.service.PackMetrics;
import org.veripack.verification.service.PackOutcome;
import org.veripack.verification.service.PackPipeline;
import org.veripack.verification.service.PackResult;

/** Verify, decommission and undo packs, one or up to 10 000, for pharmacies and wholesalers (their GLN in loc). */
@Path("/api/v1/packs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"pharmacy", "wholesaler"})
public class PackResource {

    public static final int MAX_BULK_PACKS = 10_000;
    private static final org.veripack.core.rules.Operation VERIFY = org.veripack.core.rules.Operation.VERIFY;

    private final PackPipeline pipeline;
    private final PackCommands commands;
    private final CurrentCaller caller;
    private final PackMetrics metrics;

    public PackResource(PackPipeline pipeline, PackCommands commands, CurrentCaller caller, PackMetrics metrics) {
        this.pipeline = pipeline;
        this.commands = commands;
        this.caller = caller;
        this.metrics = metrics;
    }

    /** The answers of a bulk request, one per pack, in order. */
    public record BulkAnswer(List<BulkItem> results) {
    }

    @POST
    @Path("/verify")
    @Operation(summary = "Verify a pack: 200 with what the registry holds, the NMVS code and the alert raised, if any")
    public Uni<PackAnswer> verify(PackRequestBody body) {
        // a verify always answers 200 with the pack answer: a declared type lets Quarkus pick its writer at build time
        Timer.Sample sample = Timer.start();
        Caller who = caller.atLocation();
        PackCommand command = commands.command(VERIFY, body == null ? null : body.fields(), null);
        return pipeline.run(VERIFY, Channel.SINGLE, who, List.of(command))
                .map(results -> results.get(0).outcomeOrThrow().answer())
                .eventually(() -> sample.stop(metrics.timer(VERIFY)));
    }

    @POST
    @Path("/decommission")
    @Operation(summary = "Decommission a pack (SUPPLIED, DESTROYED, EXPORTED, ...): 200, or a problem with the NMVS code")
    public Uni<Response> decommission(PackRequestBody body) {
        return single(org.veripack.core.rules.Operation.DECOMMISSION, body);
    }

    @POST
    @Path("/undo")
    @Operation(summary = "Undo a decommission (state = the state to undo): 200, or a problem with the NMVS code")
    public Uni<Response> undo(PackRequestBody body) {
        return single(org.veripack.core.rules.Operation.UNDO, body);
    }

    @POST
    @Path("/bulk")
    @Operation(summary = "VERIFY, DECOMMISSION or UNDO of up to 10 000 packs: one answer per pack, in order, each with its httpStatus")
    public Uni<Response> bulk(BulkRequestBody body) {
        Caller who = caller.atLocation();
        if (body == null || body.packs() == null || body.operation() == null) {
            throw Refusal.invalid("send {\"operation\":\"VERIFY|DECOMMISSION|UNDO\",\"state\"?,\"packs\":[...]}");
        }
        if (body.packs().size() > MAX_BULK_PACKS) {
            throw new Refusal(Reason.TOO_MANY_PACKS, "a bulk request holds at most " + MAX_BULK_PACKS
                    + " packs; this one holds " + body.packs().size() + ": split it");
        }
        org.veripack.core.rules.Operation operation = operation(body.operation());
        if (operation != VERIFY) {
            PackCommands.state(body.state());
        }
        BulkItem[] items = new BulkItem[body.packs().size()];
        List<PackCommand> valid = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            PackRequestBody pack = body.packs().get(i);
            try {
                valid.add(commands.command(operation, pack == null ? null : pack.fields(), body.state()));
                positions.add(i);
            } catch (Refusal refusal) {
                items[i] = BulkItem.refused(pack, refusal);
            }
        }
        Channel channel = Channel.BULK;
        return pipeline.run(operation, channel, who, valid).map(results -> {
            for (int i = 0; i < results.size(); i++) {
                int position = positions.get(i);
                items[position] = BulkItem.of(results.get(i), body.packs().get(position));
            }
            return Response.ok(new BulkAnswer(List.of(items))).build();
        });
    }

    private Uni<Response> single(org.veripack.core.rules.Operation operation, PackRequestBody body) {
        Timer.Sample sample = Timer.start();
        Caller who = caller.atLocation();
        PackCommand command = commands.command(operation, body == null ? null : body.fields(), null);
        return pipeline.run(operation, Channel.SINGLE, who, List.of(command))
                .map(results -> response(results.get(0)))
                .eventually(() -> sample.stop(metrics.timer(operation)));
    }

    private static Response response(PackResult result) {
        PackOutcome outcome = result.outcomeOrThrow();
        return Response.status(outcome.httpStatus())
                .type(outcome.httpStatus() == 200 ? MediaType.APPLICATION_JSON_TYPE : Problem.MEDIA)
                .entity(outcome.body()).build();
    }

    private static org.veripack.core.rules.Operation operation(String name) {
        try {
            return org.veripack.core.rules.Operation.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("\"operation\" must be VERIFY, DECOMMISSION or UNDO");
        }
    }
}
