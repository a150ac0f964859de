package org.veripack.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import redis.embedded.RedisShardedCluster;

/**
 * Points a {@code @QuarkusTest} at a real Redis Cluster of three masters (embedded Redis 6.2 servers, started
 * once per JVM on free ports) and at the usual test PostgreSQL. Redis refuses a multi-key command whose keys lie
 * in different hash slots (CROSSSLOT), and the Vert.x cluster client refuses a pipeline that spans nodes, so a
 * test that passes here proves the operations it runs stay within one slot.
 */
public class RedisClusterTestResource extends VeripackTestResource {

    /** The running cluster's node ports; null until it is started. */
    private static List<Integer> ports;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        List<Integer> nodes = startCluster();
        config.put("quarkus.redis.client-type", "cluster");
        config.put("quarkus.redis.hosts", nodes.stream().map(p -> "redis://127.0.0.1:" + p).collect(Collectors.joining(",")));
        return config;
    }

    /** The cluster's node ports (started if needed). */
    public static synchronized List<Integer> startCluster() {
        if (ports == null) {
            try {
                List<Integer> free = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    free.add(freePort());
                }
                // ports before shards: each shard takes its port when it is declared
                RedisShardedCluster started = RedisShardedCluster.newRedisCluster()
                        .serverPorts(free)
                        .shard("a", 0).shard("b", 0).shard("c", 0)
                        .initializationTimeout(Duration.ofSeconds(30))
                        .build();
                started.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.stop();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
                ports = List.copyOf(free);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded Redis Cluster", e);
            }
        }
        return ports;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
