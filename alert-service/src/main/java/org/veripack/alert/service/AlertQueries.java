package org.veripack.alert.service;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.veripack.alert.repository.AlertEntity;
import org.veripack.alert.repository.AlertStatusChangeEntity;
import org.veripack.alert.rest.AlertView;



/** Reads alerts within a caller's scope: filters, paging from 0, newest first. */
@ApplicationScoped
public class AlertQueries {

    public static final int MAX_SIZE = 500;

    /** The filters of GET /api/v1/alerts, as sent. */
    public record Filter(String code, String gtin, String batch, String location, String status, String from, String to) {
    }

    /** A page of alerts. */
    public record AlertPage(List<AlertView> items, long total, int page, int size) {
    }

    public Uni<AlertPage> list(AlertScope scope, Filter filter, int page, int size) {
        if (page < 0) {
            throw Refusal.invalid("\"page\" counts from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Refusal.invalid("\"size\" must be 1 to " + MAX_SIZE);
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        add(where, parameters, "code", filter.code());
        add(where, parameters, "gtin", filter.gtin());
        add(where, parameters, "batch", filter.batch());
        add(where, parameters, "location", filter.location());
        add(where, parameters, "status", filter.status());
        add(where, parameters, "mah", scope.mah());
        if (scope.location() != null) {
            where.append(" and location = :scopeLocation");
            parameters.put("scopeLocation", scope.location());
        }
        if (filter.from() != null) {
            where.append(" and raisedAt >= :from");
            parameters.put("from", instant("from", filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and raisedAt < :to");
            parameters.put("to", instant("to", filter.to()));
        }
        return Panache.withSession(() -> {
            PanacheQuery<AlertEntity> query = AlertEntity.find(where.toString(), Sort.descending("raisedAt", "id"), parameters)
                    .page(Page.of(page, size));
            return query.<AlertEntity>list().flatMap(alerts -> query.count().flatMap(total -> withHistory(alerts)
                    .map(views -> new AlertPage(views, total, page, size))));
        });
    }

    public Uni<AlertView> get(AlertScope scope, String idText) {
        UUID id = parseId(idText);
        return Panache.withSession(() -> AlertEntity.<AlertEntity>findById(id).flatMap(alert -> {
            if (alert == null || !scope.covers(alert.mah, alert.location)) {
                throw notFound();
            }
            return withHistory(List.of(alert)).map(views -> views.get(0));
        }));
    }

    static Uni<List<AlertView>> withHistory(List<AlertEntity> alerts) {
        if (alerts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = alerts.stream().map(alert -> alert.id).toList();
        return AlertStatusChangeEntity.<AlertStatusChangeEntity>list("alertId in ?1", Sort.ascending("alertId", "seq"), ids)
                .map(changes -> {
                    Map<UUID, List<AlertStatusChangeEntity>> byAlert = changes.stream()
                            .collect(Collectors.groupingBy(change -> change.alertId));
                    return alerts.stream().map(alert -> AlertView.of(alert, byAlert.getOrDefault(alert.id, List.of()))).toList();
                });
    }

    static UUID parseId(String idText) {
        try {
            return UUID.fromString(idText);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static Refusal notFound() {
        return new Refusal(Reason.ALERT_NOT_FOUND, "no alert with this id in your scope");
    }

    private static void add(StringBuilder where, Map<String, Object> parameters, String field, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(field).append(" = :").append(field);
            parameters.put(field, value);
        }
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("\"" + name + "\" must be an ISO-8601 instant such as 2026-11-24T00:00:00Z");
        }
    }
}
