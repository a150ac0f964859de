package org.veripack.service.cache;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veripack.core.cache.ClusterSlots;

/**
 * Runs pack-core's Lua scripts with EVALSHA (Redis 6.2 and 7 alike), falling back to EVAL when Redis does not
 * know a script (after a restart), which also loads it for the next call.
 */
@ApplicationScoped
public class RedisScripts {

    private final Redis redis;
    /** On Redis Cluster each pipeline must stay on one node: one hash slot per pipeline. */
    private final boolean cluster;

    public RedisScripts(Redis redis, @ConfigProperty(name = "quarkus.redis.client-type", defaultValue = "standalone") String clientType) {
        this.redis = redis;
        this.cluster = "cluster".equalsIgnoreCase(clientType);
    }

    public boolean cluster() {
        return cluster;
    }

    /** A script and its SHA-1, as EVALSHA names it. */
    public record Script(String source, String sha) {
        public static Script of(String source) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
                return new Script(source, HexFormat.of().formatHex(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public Redis redis() {
        return redis;
    }

    public Uni<Response> run(Script script, List<String> keys, List<String> args) {
        return redis.send(request(Command.EVALSHA, script.sha(), keys, args))
                .onFailure(RedisScripts::isNoScript)
                .recoverWithUni(() -> redis.send(request(Command.EVAL, script.source(), keys, args)));
    }

    /** Calls per pipelined batch: well below the client's limit of waiting commands per connection. */
    private static final int SLICE = 500;

    /** Pipelines in flight at once (a cluster gets one per hash slot, so there may be many small ones). */
    private static final int CONCURRENT_PIPELINES = 8;

    /** Runs many calls of a script pipelined in slices of at most {@value #SLICE}; the responses, in order. */
    public Uni<List<Response>> runAll(Script script, List<List<String>> keysPerCall, List<List<String>> argsPerCall) {
        Response[] responses = new Response[keysPerCall.size()];
        List<List<Integer>> pipelines = ClusterSlots.pipelines(keysPerCall, SLICE, cluster);
        return Multi.createFrom().iterable(pipelines)
                .onItem().transformToUni(pipeline -> runPipeline(script, pipeline, keysPerCall, argsPerCall)
                        .invoke(answers -> {
                            for (int i = 0; i < pipeline.size(); i++) {
                                responses[pipeline.get(i)] = answers.get(i);
                            }
                        }))
                .merge(CONCURRENT_PIPELINES)
                .collect().last()
                .map(done -> Arrays.asList(responses));
    }

    /**
     * One pipeline of EVALSHA calls. When the node does not know the script (a restart, a new cluster node), the
     * pipeline is sent again with its first call as EVAL, which loads the script on that very node.
     */
    private Uni<List<Response>> runPipeline(Script script, List<Integer> pipeline, List<List<String>> keysPerCall,
            List<List<String>> argsPerCall) {
        List<Request> requests = new ArrayList<>(pipeline.size());
        for (int i : pipeline) {
            requests.add(request(Command.EVALSHA, script.sha(), keysPerCall.get(i), argsPerCall.get(i)));
        }
        return redis.batch(requests)
                .onFailure(RedisScripts::isNoScript)
                .recoverWithUni(() -> {
                    int first = pipeline.get(0);
                    List<Request> retry = new ArrayList<>(requests);
                    retry.set(0, request(Command.EVAL, script.source(), keysPerCall.get(first), argsPerCall.get(first)));
                    return redis.batch(retry);
                });
    }

    /** Runs many calls of a script, pipelined in slices of at most {@value #SLICE}. */
    public Uni<Void> runBatch(Script script, List<List<String>> keysPerCall, List<List<String>> argsPerCall) {
        return runAll(script, keysPerCall, argsPerCall).replaceWithVoid();
    }

    private static Request request(Command command, String scriptOrSha, List<String> keys, List<String> args) {
        Request request = Request.cmd(command).arg(scriptOrSha).arg(keys.size());
        keys.forEach(request::arg);
        args.forEach(request::arg);
        return request;
    }

    private static boolean isNoScript(Throwable failure) {
        return failure.getMessage() != null && failure.getMessage().contains("NOSCRIPT");
    }
}
