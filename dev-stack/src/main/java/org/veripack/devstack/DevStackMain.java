package org.veripack.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure part of {@code ./veripack up}: finds or starts PostgreSQL and Redis, creates the
 * database, and writes what it found to {@code <dir>/infra.env}. When it started servers it keeps
 * running until it is stopped (SIGTERM); otherwise it exits at once.
 *
 * <pre>java -jar dev-stack/target/dev-stack.jar &lt;dir&gt; &lt;database&gt;</pre>
 */
public final class DevStackMain {

    private DevStackMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: dev-stack <state directory> <database>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        String database = args[1];
        Files.createDirectories(dir);
        Infrastructure infrastructure = Infrastructure.start(Settings.fromEnvironment().withEmbeddedDir(dir));
        Databases.ensure(infrastructure.postgres(), database);
        writeEnv(dir.resolve("infra.env"), infrastructure, database);
        if (!infrastructure.startedAnything()) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            infrastructure.close();
            stopped.countDown();
        }, "dev-stack-stop"));
        stopped.await();
    }

    private static void writeEnv(Path file, Infrastructure infrastructure, String database) throws IOException {
        PostgresEndpoint pg = infrastructure.postgres();
        RedisEndpoint redis = infrastructure.redis();
        String env = String.join("\n",
                "PG_KIND=" + pg.kind(),
                "PG_JDBC_URL=" + pg.jdbcUrl(database),
                "PG_REACTIVE_URL=" + pg.reactiveUrl(database),
                "PG_USER=" + pg.user(),
                "PG_PASSWORD=" + pg.password(),
                "REDIS_KIND=" + redis.kind(),
                "REDIS_URL=" + redis.url(0),
                "");
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, env, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
