package org.veripack.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import redis.embedded.RedisServer;

/**
 * The PostgreSQL and Redis that tests and {@code ./veripack up} use, each found or started on its own:
 * a server reachable on the configured host and port; otherwise one started by Testcontainers when a
 * Docker engine is present; otherwise an embedded one from Maven Central. Closing stops what was started.
 */
public final class Infrastructure implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Infrastructure.class.getName());
    private static Infrastructure shared;

    private final PostgresEndpoint postgres;
    private final RedisEndpoint redis;
    private final List<AutoCloseable> started;

    private Infrastructure(PostgresEndpoint postgres, RedisEndpoint redis, List<AutoCloseable> started) {
        this.postgres = postgres;
        this.redis = redis;
        this.started = started;
    }

    /** One infrastructure per JVM, started on first use and stopped when the JVM exits (for test suites). */
    public static synchronized Infrastructure shared() {
        if (shared == null) {
            shared = start(Settings.fromEnvironment());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "veripack-infrastructure-stop"));
        }
        return shared;
    }

    public static Infrastructure start(Settings settings) {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            PostgresEndpoint postgres = findOrStartPostgres(settings, started);
            RedisEndpoint redis = findOrStartRedis(settings, started);
            LOG.info(() -> "PostgreSQL: " + postgres.kind() + " " + postgres.host() + ":" + postgres.port()
                    + " as " + postgres.user() + "; Redis: " + redis.kind() + " " + redis.host() + ":" + redis.port());
            return new Infrastructure(postgres, redis, started);
        } catch (RuntimeException | IOException e) {
            closeAll(started);
            throw new IllegalStateException("no PostgreSQL or Redis could be found or started: " + e.getMessage(), e);
        }
    }

    public PostgresEndpoint postgres() {
        return postgres;
    }

    public RedisEndpoint redis() {
        return redis;
    }

    /** True when this infrastructure started a server that must keep running while it is used. */
    public boolean startedAnything() {
        return !started.isEmpty();
    }

    private static PostgresEndpoint findOrStartPostgres(Settings settings, List<AutoCloseable> started) throws IOException {
        Optional<String> user = Probes.postgresUser(settings);
        if (user.isPresent()) {
            return new PostgresEndpoint(Kind.LOCAL, settings.postgresHost(), settings.postgresPort(), user.get(),
                    settings.postgresPassword());
        }
        if (settings.containersAllowed() && dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            started.add(container::stop);
            return new PostgresEndpoint(Kind.CONTAINER, container.getHost(), container.getFirstMappedPort(),
                    container.getUsername(), container.getPassword());
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(Probes.freePort())
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD);
        if (settings.embeddedDir() != null) {
            Path data = settings.embeddedDir().resolve("postgres");
            Files.createDirectories(data.getParent());
            builder.setDataDirectory(data).setCleanDataDirectory(false);
        }
        EmbeddedPostgres embedded = builder.start();
        started.add(embedded);
        return new PostgresEndpoint(Kind.EMBEDDED, "127.0.0.1", embedded.getPort(), "postgres", "");
    }

    private static RedisEndpoint findOrStartRedis(Settings settings, List<AutoCloseable> started) throws IOException {
        if (Probes.redisAnswers(settings.redisHost(), settings.redisPort())) {
            return new RedisEndpoint(Kind.LOCAL, settings.redisHost(), settings.redisPort());
        }
        if (settings.containersAllowed() && dockerAvailable()) {
            GenericContainer<?> container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
            container.start();
            started.add(container::stop);
            return new RedisEndpoint(Kind.CONTAINER, container.getHost(), container.getFirstMappedPort());
        }
        int port = Probes.freePort();
        Path dir = settings.embeddedDir() == null ? Files.createTempDirectory("veripack-redis")
                : Files.createDirectories(settings.embeddedDir().resolve("redis"));
        RedisServer server = RedisServer.newRedisServer()
                .port(port)
                .bind("127.0.0.1")
                .setting("save \"\"")
                .setting("appendonly no")
                .setting("dir " + dir.toAbsolutePath())
                // keeps the pack buckets of the shared layout in the compact listpack/ziplist encoding
                .setting("hash-max-ziplist-entries 512")
                .build();
        server.start();
        started.add(server::stop);
        return new RedisEndpoint(Kind.EMBEDDED, "127.0.0.1", port);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closeAll(started);
        started.clear();
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warning("stopping a server failed: " + e);
            }
        }
    }
}
