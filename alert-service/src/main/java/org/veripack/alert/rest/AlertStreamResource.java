package org.veripack.alert.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.veripack.alert.config.AlertConfig;
import org.veripack.alert.service.AlertFeed;
import org.veripack.service.security.CurrentCaller;

/**
 * Server-sent events of newly stored alerts, for surveillance and admin. Each event's {@code id:} is the alert's
 * storage position; a client that reconnects with {@code Last-Event-ID} gets every alert stored after it. A
 * comment line is sent as heartbeat, so proxies keep the connection open.
 */
@Path("/api/v1/alerts/stream")
public class AlertStreamResource {

    private final AlertFeed feed;
    private final CurrentCaller caller;
    private final ObjectMapper json;
    private final AlertConfig.Stream config;

    public AlertStreamResource(AlertFeed feed, CurrentCaller caller, ObjectMapper json, AlertConfig config) {
        this.feed = feed;
        this.caller = caller;
        this.json = json;
        this.config = config.stream();
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({"surveillance", "admin"})
    @Operation(summary = "Live stream of new alerts (SSE); id: is resumable with Last-Event-ID")
    public Multi<OutboundSseEvent> stream(@Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
        Multi<OutboundSseEvent> alerts = feed.follow(caller.scope(), lastEventId)
                .map(alert -> sse.newEventBuilder().id(Long.toString(alert.position())).name("alert")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(toJson(alert)).build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(config.heartbeat()).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().merging().streams(alerts, heartbeats);
    }

    private String toJson(AlertFeed.FeedAlert alert) {
        try {
            return json.writeValueAsString(alert);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
