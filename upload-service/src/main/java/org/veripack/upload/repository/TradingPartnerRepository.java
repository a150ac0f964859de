package org.veripack.upload.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veripack.core.dscsa.TradingPartnerChange;
import org.veripack.core.dscsa.TradingPartnerStatus;
import org.veripack.core.rules.Role;

/**
 * The trading-partner registry: {@code registry.trading_partner} (each partner's current standing) and
 * {@code registry.trading_partner_change} (every change, append-only). verification-service polls the partners by
 * {@code change_seq}, the seq of each partner's last change row.
 */
@ApplicationScoped
public class TradingPartnerRepository {

    /** The class of the advisory locks that order the changes of one GLN (the key is the GLN's hash). */
    private static final int LOCK_CLASS = 0x7470; // "tp"

    /** A partner's current standing. */
    public record Partner(String gln, String name, TradingPartnerStatus status, Instant since, long changeSeq) {
    }

    /** One change of a partner: who (actor, role), when (at) and why (reason). */
    public record Change(long seq, String gln, String name, TradingPartnerStatus status, String reason, String actor,
            String role, Instant at) {
    }

    /**
     * Orders the changes of one GLN until the transaction ends: a partner that does not exist yet has no row to lock,
     * and the seq of each change must follow the order in which the changes reach the partner row.
     */
    public void lock(Connection connection, String gln) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setString(2, gln);
            lock.execute();
        }
    }

    public Optional<Partner> find(Connection connection, String gln) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT gln, name, status, since, change_seq FROM registry.trading_partner WHERE gln = ?")) {
            query.setString(1, gln);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(partner(row)) : Optional.empty();
            }
        }
    }

    /** Appends the change to the partner's history; returns it with its seq and time. */
    public Change append(Connection connection, TradingPartnerChange change, String actor, Role role) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO registry.trading_partner_change "
                + "(gln, name, status, reason, actor, role) VALUES (?, ?, ?, ?, ?, ?) RETURNING seq, at")) {
            insert.setString(1, change.gln());
            insert.setString(2, change.name());
            insert.setString(3, change.status().name());
            insert.setString(4, change.reason());
            insert.setString(5, actor);
            insert.setString(6, role.claim());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return new Change(row.getLong("seq"), change.gln(), change.name(), change.status(), change.reason(), actor,
                        role.claim(), row.getTimestamp("at").toInstant());
            }
        }
    }

    /** Writes the partner's standing after {@code change}; {@code since} is when its current status began. */
    public Partner save(Connection connection, Change change, Instant since, boolean exists) throws SQLException {
        String sql = exists
                ? "UPDATE registry.trading_partner SET name = ?, status = ?, since = ?, change_seq = ? WHERE gln = ? "
                        + "RETURNING gln, name, status, since, change_seq"
                : "INSERT INTO registry.trading_partner (name, status, since, change_seq, gln) VALUES (?, ?, ?, ?, ?) "
                        + "RETURNING gln, name, status, since, change_seq";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setString(1, change.name());
            write.setString(2, change.status().name());
            write.setObject(3, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            write.setLong(4, change.seq());
            write.setString(5, change.gln());
            try (ResultSet row = write.executeQuery()) {
                row.next();
                return partner(row);
            }
        }
    }

    /** Every change of the partner, newest first. */
    public List<Change> history(Connection connection, String gln) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT seq, gln, name, status, reason, actor, role, at "
                + "FROM registry.trading_partner_change WHERE gln = ? ORDER BY seq DESC")) {
            query.setString(1, gln);
            try (ResultSet row = query.executeQuery()) {
                List<Change> changes = new ArrayList<>();
                while (row.next()) {
                    changes.add(new Change(row.getLong("seq"), row.getString("gln"), row.getString("name"),
                            TradingPartnerStatus.valueOf(row.getString("status")), row.getString("reason"),
                            row.getString("actor"), row.getString("role"), row.getTimestamp("at").toInstant()));
                }
                return changes;
            }
        }
    }

    private static Partner partner(ResultSet row) throws SQLException {
        return new Partner(row.getString("gln"), row.getString("name"), TradingPartnerStatus.valueOf(row.getString("status")),
                row.getTimestamp("since").toInstant(), row.getLong("change_seq"));
    }
}
