package org.veripack.floor;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One PostgreSQL query and one Redis GET: enough to show both clients work, nothing a service adds. */
@Path("/floor")
public class FloorResource {

    private final Pool pool;
    private final Redis redis;

    public FloorResource(Pool pool, Redis redis) {
        this.pool = pool;
        this.redis = redis;
    }

    @GET
    public Uni<String> floor() {
        return pool.query("SELECT 1").execute()
                .chain(rows -> redis.send(Request.cmd(Command.GET).arg("floor")))
                .map(value -> value == null ? "ok" : value.toString());
    }
}
