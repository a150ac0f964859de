package org.veripack.alert.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Server-sent events of newly stored alerts, for surveillance and admin. Each event's {@code id:} is the alert's
 * storage position; a client that reconnects with {@code Last-Event-ID} gets every alert stored after it. A
 * comment line is sent as heartbeat, so proxies keep the connection open.
 */
@Path("/api/v1/alerts/stream")
public class AlertStreamResource {

    private static final String AFTER = "SELECT id, code, return_code, gtin, serial, batch, expiry, location, actor, mah, "
            + "source, raised_at, stored_at, status, position FROM alert.alert WHERE position > $1 ORDER BY position LIMIT 200";

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "veripack.alerts.stream.poll", defaultValue = "200ms")
    Duration poll;

    @ConfigProperty(name = "veripack.alerts.stream.heartbeat", defaultValue = "15s")
    Duration heartbeat;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({"surveillance", "admin"})
    @Operation(summary = "Live stream of new alerts (SSE); id: is resumable with Last-Event-ID")
    public Multi<OutboundSseEvent> stream(@Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
        AtomicLong last = new AtomicLong(parse(lastEventId));
        Uni<Long> start = last.get() >= 0 ? Uni.createFrom().item(last.get())
                : pool.query("SELECT coalesce(max(position), 0) AS position FROM alert.alert").execute()
                        .map(rows -> rows.iterator().next().getLong("position"));
        Multi<OutboundSseEvent> alerts = start.invoke(last::set).toMulti()
                .onItem().transformToMultiAndConcatenate(ignored -> Multi.createFrom().ticks().every(poll)
                        .onOverflow().drop()
                        .onItem().transformToUniAndConcatenate(tick -> pool.preparedQuery(AFTER).execute(Tuple.of(last.get())))
                        .onItem().transformToIterable(rows -> {
                            List<OutboundSseEvent> events = new ArrayList<>();
                            for (Row row : rows) {
                                last.set(row.getLong("position"));
                                events.add(sse.newEventBuilder().id(Long.toString(row.getLong("position"))).name("alert")
                                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(toJson(row)).build());
                            }
                            return events;
                        }));
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(heartbeat).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().merging().streams(alerts, heartbeats);
    }

    private String toJson(Row row) {
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("id", row.getUUID("id").toString());
        for (String field : List.of("code", "gtin", "serial", "batch", "expiry", "location", "actor", "mah", "source", "status")) {
            alert.put(field, row.getString(field));
        }
        alert.put("returnCode", row.getString("return_code"));
        alert.put("raisedAt", row.getOffsetDateTime("raised_at").toInstant().toString());
        alert.put("storedAt", row.getOffsetDateTime("stored_at").toInstant().toString());
        try {
            return json.writeValueAsString(alert);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long parse(String lastEventId) {
        try {
            return lastEventId == null ? -1 : Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
