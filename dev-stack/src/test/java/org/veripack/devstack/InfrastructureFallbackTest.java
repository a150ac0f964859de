package org.veripack.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fallback order without the machine's servers: point the settings at ports nobody listens on,
 * with containers off (no Docker engine here), and the embedded servers must start and answer.
 */
class InfrastructureFallbackTest {

    @Test
    void startsEmbeddedServersWhenNothingAnswersAndKeepsPostgresDataInItsDirectory() throws Exception {
        Path dir = Files.createTempDirectory("veripack-devstack-test");
        Settings unreachable = new Settings("127.0.0.1", Probes.freePort(), List.of("postgres"), "",
                "127.0.0.1", Probes.freePort(), false, dir);
        try (Infrastructure infrastructure = Infrastructure.start(unreachable)) {
            assertThat(infrastructure.postgres().kind()).isEqualTo(Kind.EMBEDDED);
            assertThat(infrastructure.redis().kind()).isEqualTo(Kind.EMBEDDED);
            assertThat(infrastructure.startedAnything()).isTrue();

            Databases.ensure(infrastructure.postgres(), "veripack_fallback");
            Databases.ensure(infrastructure.postgres(), "veripack_fallback");
            try (Connection connection = Probes.connect(infrastructure.postgres().jdbcUrl("veripack_fallback"), "postgres", "");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT current_database()")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("veripack_fallback");
            }
            assertThat(Probes.redisAnswers("127.0.0.1", infrastructure.redis().port())).isTrue();
            assertThat(dir.resolve("postgres").resolve("PG_VERSION")).exists();
        }
    }

    @Test
    void usesTheServersThatAnswer() {
        Settings local = Settings.fromEnvironment();
        boolean postgresUp = Probes.postgresUser(local).isPresent();
        boolean redisUp = Probes.redisAnswers(local.redisHost(), local.redisPort());
        org.junit.jupiter.api.Assumptions.assumeTrue(postgresUp && redisUp, "no local PostgreSQL and Redis here");
        try (Infrastructure infrastructure = Infrastructure.start(local)) {
            assertThat(infrastructure.postgres().kind()).isEqualTo(Kind.LOCAL);
            assertThat(infrastructure.redis().kind()).isEqualTo(Kind.LOCAL);
            assertThat(infrastructure.startedAnything()).isFalse();
        }
    }
}
