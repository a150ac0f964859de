package org.veripack.verification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.veripack.service.problem.BackendUnavailable;

/**
 * The cache entries committed changes left to (re)write ({@code registry.cache_sync}): claims rows older than a
 * moment with {@code FOR UPDATE SKIP LOCKED} (replicas share the work), lets the caller write them to Redis, and
 * deletes them in the same transaction; if the write fails, the rows stay for the next run.
 */
@ApplicationScoped
public class CacheSyncRepository {

    private static final String CLAIM = """
            SELECT id, kind, gtin, field, value FROM registry.cache_sync
             WHERE created_at < clock_timestamp() - $1::int * interval '1 millisecond'
             ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED
            """;
    private static final String DELETE = "DELETE FROM registry.cache_sync WHERE id = ANY($1)";

    /** One entry to write: a pack (field = serial) or a product meta field. */
    public record Entry(long id, String kind, String gtin, String field, String value) {
        public boolean isPack() {
            return "PACK".equals(kind);
        }
    }

    private final Pool pool;

    public CacheSyncRepository(Pool pool) {
        this.pool = pool;
    }

    /** Writes and deletes up to {@code limit} entries older than {@code after}; how many. */
    public Uni<Integer> sweep(Duration after, int limit, Function<List<Entry>, Uni<Void>> write) {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM).execute(Tuple.of((int) after.toMillis(), limit))
                .flatMap(rows -> {
                    List<Entry> entries = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        entries.add(new Entry(row.getLong("id"), row.getString("kind"), row.getString("gtin"),
                                row.getString("field"), row.getString("value")));
                    }
                    if (entries.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    Long[] ids = entries.stream().map(Entry::id).toArray(Long[]::new);
                    return write.apply(entries).chain(() -> connection.preparedQuery(DELETE).execute(Tuple.of(ids)))
                            .map(deleted -> entries.size());
                })).onFailure().transform(BackendUnavailable::ofRegistry);
    }
}
