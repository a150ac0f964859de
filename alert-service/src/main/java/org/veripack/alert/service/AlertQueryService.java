package org.veripack.alert.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.veripack.alert.repository.AlertQuery;
import org.veripack.alert.repository.AlertRepository;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.scope.Scope;

/** Reads alerts within a caller's scope: filters, paging from 0, newest first (or another order). */
@ApplicationScoped
public class AlertQueryService {

    public static final int MAX_SIZE = 500;

    private final AlertRepository alerts;
    private final AlertViews views;

    public AlertQueryService(AlertRepository alerts, AlertViews views) {
        this.alerts = alerts;
        this.views = views;
    }

    /** The filters of GET /api/v1/alerts, as sent. */
    public record Filter(String code, String gtin, String batch, String location, String status, String from, String to) {
    }

    /** A page of alerts. */
    @RegisterForReflection
    public record AlertPage(List<AlertView> items, long total, int page, int size) {
    }

    public Uni<AlertPage> list(Scope scope, Filter filter, AlertQuery.Order order, int page, int size) {
        if (page < 0) {
            throw Refusal.invalid("\"page\" counts from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Refusal.invalid("\"size\" must be 1 to " + MAX_SIZE);
        }
        if ((long) page * size > 10_000_000L) {
            throw Refusal.invalid("\"page\" × \"size\" reaches past 10 000 000 alerts: narrow the filters (from, to) instead");
        }
        AlertQuery query = filtered(scope, filter).orderBy(order).page(page, size);
        return alerts.page(query).flatMap(found -> alerts.history(found.rows().stream().map(row -> row.id()).toList())
                .map(changes -> new AlertPage(views.of(found.rows(), changes), found.total(), page, size)));
    }

    /** The caller's scope and the filters as a query (shared by the list, the export and the counts). */
    public AlertQuery filtered(Scope scope, Filter filter) {
        AlertQuery query = new AlertQuery()
                .equal(AlertQuery.Column.CODE, filter.code())
                .equal(AlertQuery.Column.GTIN, filter.gtin())
                .equal(AlertQuery.Column.BATCH, filter.batch())
                .equal(AlertQuery.Column.LOCATION, filter.location())
                .equal(AlertQuery.Column.STATUS, filter.status())
                .raisedFrom(instant("from", filter.from()))
                .raisedBefore(instant("to", filter.to()));
        Scope.ListFilter restriction = scope.listFilter();
        if (restriction.nothing()) {
            return query.nothing();
        }
        return query.equal(AlertQuery.Column.MAH, restriction.mah()).equal(AlertQuery.Column.LOCATION, restriction.location());
    }

    public Uni<AlertView> get(Scope scope, String idText) {
        UUID id = parseId(idText);
        return alerts.find(id).flatMap(alert -> {
            if (alert == null || !scope.coversAlert(alert.mah(), alert.location())) {
                throw notFound();
            }
            return alerts.history(List.of(id)).map(changes -> views.of(alert, changes));
        });
    }

    static UUID parseId(String idText) {
        try {
            return UUID.fromString(idText);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw notFound();
        }
    }

    static Refusal notFound() {
        return Scope.notInScope(Reason.ALERT_NOT_FOUND, "alert");
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("\"" + name + "\" must be an ISO-8601 instant such as 2026-11-24T00:00:00Z");
        }
    }
}
