package org.veripack.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.veripack.core.schema.SchemaVersions;

/** The versions the services check at start are the newest migrations of each schema. */
class SchemaVersionsTest {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void registryVersionIsTheNewestMigration() throws Exception {
        assertThat(SchemaVersions.REGISTRY).isEqualTo(newest("registry"));
    }

    @Test
    void alertVersionIsTheNewestMigration() throws Exception {
        assertThat(SchemaVersions.ALERT).isEqualTo(newest("alert"));
    }

    private static int newest(String schema) throws IOException, URISyntaxException {
        Path folder = Path.of(SchemaVersionsTest.class.getResource("/db/" + schema).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> VERSION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1)))
                    .max().orElseThrow();
        }
    }
}
