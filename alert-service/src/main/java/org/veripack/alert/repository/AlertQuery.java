package org.veripack.alert.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A query over alert.alert built from filters: equality on known columns, a time range on raised_at, the caller's
 * scope, an order and a page. Values always travel as parameters, never in the SQL text.
 */
public final class AlertQuery {

    /** The columns a caller may filter on by equality (the API names map to them). */
    public enum Column {
        CODE("code"), GTIN("gtin"), BATCH("batch"), LOCATION("location"), STATUS("status"), MAH("mah");

        final String sql;

        Column(String sql) {
            this.sql = sql;
        }
    }

    /** The orders the API offers. */
    public enum Order {
        NEWEST("raised_at DESC, id DESC"), OLDEST("raised_at ASC, id ASC"), CODE("code ASC, raised_at DESC, id DESC"),
        STATUS("status ASC, raised_at DESC, id DESC"), GTIN("gtin ASC, raised_at DESC, id DESC"),
        LOCATION("location ASC NULLS LAST, raised_at DESC, id DESC");

        final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    private final StringBuilder where = new StringBuilder("TRUE");
    private final List<Object> parameters = new ArrayList<>();
    private Order order = Order.NEWEST;
    private int limit = 50;
    private long offset;

    public AlertQuery equal(Column column, String value) {
        if (value != null && !value.isBlank()) {
            parameters.add(value);
            where.append(" AND ").append(column.sql).append(" = $").append(parameters.size());
        }
        return this;
    }

    public AlertQuery raisedFrom(Instant from) {
        if (from != null) {
            parameters.add(OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            where.append(" AND raised_at >= $").append(parameters.size());
        }
        return this;
    }

    public AlertQuery raisedBefore(Instant to) {
        if (to != null) {
            parameters.add(OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            where.append(" AND raised_at < $").append(parameters.size());
        }
        return this;
    }

    /** Matches nothing (a token that grants no view). */
    public AlertQuery nothing() {
        where.append(" AND FALSE");
        return this;
    }

    public AlertQuery orderBy(Order order) {
        this.order = order;
        return this;
    }

    public AlertQuery page(int page, int size) {
        this.limit = size;
        this.offset = (long) page * size;
        return this;
    }

    String where() {
        return where.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    String orderBy() {
        return order.sql;
    }

    int limit() {
        return limit;
    }

    long offset() {
        return offset;
    }
}
