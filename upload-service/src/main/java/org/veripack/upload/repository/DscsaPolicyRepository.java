package org.veripack.upload.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.veripack.core.cache.CachedPolicy;
import org.veripack.core.dscsa.DscsaPolicy;
import org.veripack.core.dscsa.PolicyAnswer;

/** The MAHs' DSCSA answer policies in {@code registry.dscsa_policy}; a MAH without a row has the default. */
@ApplicationScoped
public class DscsaPolicyRepository {

    /** The class of the advisory locks that order a MAH's policy changes against its product registrations. */
    private static final int LOCK_CLASS = 0x6470; // "dp"

    /** A MAH's policy; version 0 and no update time for the default of a MAH that set none. */
    public record StoredPolicy(String mah, DscsaPolicy policy, long version, Instant updatedAt, String updatedBy) {

        static StoredPolicy defaultOf(String mah) {
            return new StoredPolicy(mah, DscsaPolicy.DEFAULT, CachedPolicy.DEFAULT.version(), null, null);
        }

        /** The entry of meta field d of each of the MAH's products. */
        public CachedPolicy cached() {
            return new CachedPolicy(version, policy);
        }
    }

    /**
     * Until the transaction ends: exclusive for a policy change, shared for a product registration. A registration
     * that read the old policy commits before the change lists the MAH's products (and so gets the new entry too),
     * and one that starts after the change reads the new policy: no product keeps an older policy in the cache.
     */
    public void lock(Connection connection, String mah, boolean exclusive) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT "
                + (exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared") + "(?, hashtext(?))")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setString(2, mah);
            lock.execute();
        }
    }

    /** The MAH's policy, or the default when it set none. */
    public StoredPolicy find(Connection connection, String mah) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT mah_id, recalled, expired, version, updated_at, "
                + "updated_by FROM registry.dscsa_policy WHERE mah_id = ?")) {
            query.setString(1, mah);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? read(row) : StoredPolicy.defaultOf(mah);
            }
        }
    }

    /** Replaces the MAH's policy under a new version (a sequence: the cache keeps the highest). */
    public StoredPolicy save(Connection connection, String mah, DscsaPolicy policy, String updatedBy) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO registry.dscsa_policy "
                + "(mah_id, recalled, expired, version, updated_at, updated_by) "
                + "VALUES (?, ?, ?, nextval('registry.dscsa_policy_version'), now(), ?) "
                + "ON CONFLICT (mah_id) DO UPDATE SET recalled = excluded.recalled, expired = excluded.expired, "
                + "version = excluded.version, updated_at = excluded.updated_at, updated_by = excluded.updated_by "
                + "RETURNING mah_id, recalled, expired, version, updated_at, updated_by")) {
            upsert.setString(1, mah);
            upsert.setString(2, policy.recalled().name());
            upsert.setString(3, policy.expired().name());
            upsert.setString(4, updatedBy);
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                return read(row);
            }
        }
    }

    private static StoredPolicy read(ResultSet row) throws SQLException {
        return new StoredPolicy(row.getString("mah_id"), new DscsaPolicy(PolicyAnswer.valueOf(row.getString("recalled")),
                PolicyAnswer.valueOf(row.getString("expired"))), row.getLong("version"),
                ProductRepository.instant(row.getTimestamp("updated_at")), row.getString("updated_by"));
    }
}
