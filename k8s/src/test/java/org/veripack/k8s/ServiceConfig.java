package org.veripack.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service reads: the properties in its application.properties and in service-support's
 * META-INF/microprofile-config.properties (profile prefixes removed), and the names its code and service-support's
 * code inject with {@code @ConfigProperty}.
 */
record ServiceConfig(String service, Map<String, String> properties, Set<String> injected) {

    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");

    static ServiceConfig of(Path root, String service) {
        Map<String, String> properties = new HashMap<>();
        load(root.resolve("service-support/src/main/resources/META-INF/microprofile-config.properties"), properties);
        load(root.resolve(service).resolve("src/main/resources/application.properties"), properties);
        Set<String> injected = new HashSet<>();
        for (Path sources : List.of(root.resolve(service).resolve("src/main/java"),
                root.resolve("service-support/src/main/java"))) {
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    Matcher m = CONFIG_PROPERTY.matcher(read(f));
                    while (m.find()) {
                        injected.add(m.group(1));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ServiceConfig(service, properties, injected);
    }

    /** The value for the default (production) profile, else null. */
    String value(String key) {
        return properties.get(key);
    }

    String value(String key, String otherwise) {
        return properties.getOrDefault(key, otherwise);
    }

    /** Whether an environment variable sets a property this service reads (MicroProfile Config's env mapping). */
    boolean reads(String environmentVariable) {
        return Stream.concat(profileFree(properties.keySet()), injected.stream())
                .anyMatch(property -> environmentName(property).equals(environmentVariable));
    }

    /** MicroProfile Config: every character that is not a letter or digit becomes _, then upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    private static Stream<String> profileFree(Set<String> keys) {
        return keys.stream().map(k -> k.startsWith("%") ? k.substring(k.indexOf('.') + 1) : k);
    }

    private static void load(Path file, Map<String, String> into) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.forEach((k, v) -> into.put((String) k, (String) v));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
