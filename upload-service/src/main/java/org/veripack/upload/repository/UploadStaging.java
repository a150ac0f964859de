package org.veripack.upload.repository;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.veripack.core.upload.UploadReport;
import org.veripack.core.upload.UploadRules;

/**
 * The valid lines of one upload, streamed with COPY into a temporary table of the upload's own database
 * session: the service holds a bounded buffer whatever the upload's size, and repeats inside the upload are
 * found by one query. Serials of GS1 set 82 never hold a tab, a backslash or a line break, so COPY's text format
 * needs no escaping.
 */
public final class UploadStaging implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Connection connection;
    private final CopyIn copy;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int used;
    private long maxLine;

    public UploadStaging(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS pg_temp.upload_line, pg_temp.upload_repeat");
            statement.execute("CREATE TEMP TABLE upload_line (line bigint NOT NULL, serial text NOT NULL)");
        }
        copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY pg_temp.upload_line (line, serial) FROM STDIN");
    }

    public void add(long line, String serial) throws SQLException {
        byte[] row = (line + "\t" + serial + "\n").getBytes(StandardCharsets.UTF_8);
        if (used + row.length > buffer.length) {
            flush();
        }
        System.arraycopy(row, 0, buffer, used, row.length);
        used += row.length;
        maxLine = Math.max(maxLine, line);
    }

    /** Ends the COPY and prepares the lookups the inserts need. */
    public void finish() throws SQLException {
        flush();
        copy.endCopy();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX ON pg_temp.upload_line (line)");
            statement.execute("CREATE TEMP TABLE upload_repeat AS SELECT serial, min(line) AS first_line "
                    + "FROM pg_temp.upload_line GROUP BY serial HAVING count(*) > 1");
            statement.execute("ANALYZE pg_temp.upload_line");
        }
    }

    public long maxLine() {
        return maxLine;
    }

    /** Counts every line that repeats an earlier one of the upload as invalid, keeping the first errors. */
    public void reportRepeats(UploadReport report) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT l.line, l.serial, r.first_line FROM pg_temp.upload_line l JOIN pg_temp.upload_repeat r "
                        + "USING (serial) WHERE l.line > r.first_line ORDER BY l.line");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                report.invalid(rows.getLong(1), rows.getString(2),
                        String.format(UploadRules.REPEATED_IN_UPLOAD, rows.getLong(3)));
            }
        }
    }

    /** What one chunk insert did: the serials inserted now, and those that were there already. */
    public record ChunkResult(List<String> inserted, List<String> existing) {
    }

    /**
     * Inserts the lines [from, to) that are the first of their serial as ACTIVE packs, one statement for the
     * chunk; serials already registered for the GTIN are left as they are and returned as existing.
     */
    public ChunkResult insertChunk(long from, long to, String gtin, String batch, java.util.UUID uploadId) throws SQLException {
        List<String> inserted = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                WITH lines AS (
                    SELECT l.serial FROM pg_temp.upload_line l
                    WHERE l.line >= ? AND l.line < ?
                      AND NOT EXISTS (SELECT 1 FROM pg_temp.upload_repeat r WHERE r.serial = l.serial AND r.first_line < l.line)),
                ins AS (
                    INSERT INTO registry.pack (gtin, serial, batch, upload_id, last_changed_at)
                    SELECT ?, serial, ?, ?, now() FROM lines
                    ON CONFLICT (gtin, serial) DO NOTHING
                    RETURNING serial)
                SELECT l.serial, i.serial IS NOT NULL FROM lines l LEFT JOIN ins i USING (serial)
                """)) {
            insert.setLong(1, from);
            insert.setLong(2, to);
            insert.setString(3, gtin);
            insert.setString(4, batch);
            insert.setObject(5, uploadId);
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    (rows.getBoolean(2) ? inserted : existing).add(rows.getString(1));
                }
            }
        }
        return new ChunkResult(inserted, existing);
    }

    private void flush() throws SQLException {
        if (used > 0) {
            copy.writeToCopy(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void close() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS pg_temp.upload_line, pg_temp.upload_repeat");
            }
        } catch (SQLException e) {
            // the connection is closed anyway; its temporary tables go with its session
        }
    }
}
