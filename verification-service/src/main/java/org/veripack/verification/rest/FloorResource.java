package org.veripack.verification.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.core.refusal.Refusal;
import org.veripack.verification.config.VerificationConfig;

/**
 * The benchmark floor: a bare endpoint doing one Redis GET, no token, no rules. Off unless
 * {@code veripack.benchmark.floor-endpoint=true}; the load tests compare verify's throughput with it.
 */
@Path("/internal/floor/redis-get")
public class FloorResource {

    private final Redis redis;
    private final boolean enabled;

    public FloorResource(Redis redis, VerificationConfig.Benchmark config) {
        this.redis = redis;
        this.enabled = config.floorEndpoint();
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Uni<String> get(@QueryParam("key") String key) {
        if (!enabled) {
            throw new NotFoundException();
        }
        return redis.send(Request.cmd(Command.GET).arg(key == null ? "floor" : key))
                .map(response -> response == null ? "" : response.toString())
                // a key holding a hash or a stream is the caller's mistake, not an outage
                .onFailure(e -> String.valueOf(e.getMessage()).startsWith("WRONGTYPE"))
                .transform(e -> Refusal.invalid("key '" + Refusal.printable(key) + "' holds no string value: "
                        + "send the key of a string, or none for the key 'floor'"));
    }
}
