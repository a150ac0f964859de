package org.veripack.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where to look for the servers and what to do when none answers. Every field can be set by a system
 * property or an environment variable: veripack-dev.postgres.host / VERIPACK_POSTGRES_HOST, and likewise
 * postgres.port, postgres.user, postgres.password, redis.host, redis.port, containers (true or false),
 * embedded.dir (where embedded servers keep their data; empty for a fresh temporary directory).
 */
public record Settings(String postgresHost, int postgresPort, List<String> postgresUsers, String postgresPassword,
        String redisHost, int redisPort, boolean containersAllowed, Path embeddedDir) {

    public static Settings fromEnvironment() {
        List<String> users = new ArrayList<>();
        String configuredUser = value("postgres.user", null);
        if (configuredUser != null) {
            users.add(configuredUser);
        } else {
            if (System.getenv("PGUSER") != null) {
                users.add(System.getenv("PGUSER"));
            }
            users.add("postgres");
            users.add(System.getProperty("user.name"));
        }
        String dir = value("embedded.dir", "");
        return new Settings(
                value("postgres.host", "127.0.0.1"),
                Integer.parseInt(value("postgres.port", "5432")),
                users.stream().distinct().toList(),
                value("postgres.password", ""),
                value("redis.host", "127.0.0.1"),
                Integer.parseInt(value("redis.port", "6379")),
                Boolean.parseBoolean(value("containers", "true")),
                dir.isBlank() ? null : Path.of(dir));
    }

    public Settings withEmbeddedDir(Path dir) {
        return new Settings(postgresHost, postgresPort, postgresUsers, postgresPassword, redisHost, redisPort,
                containersAllowed, dir);
    }

    private static String value(String name, String fallback) {
        String property = System.getProperty("veripack-dev." + name);
        if (property != null) {
            return property;
        }
        String env = System.getenv("VERIPACK_" + name.toUpperCase().replace('.', '_'));
        return env != null ? env : fallback;
    }
}
