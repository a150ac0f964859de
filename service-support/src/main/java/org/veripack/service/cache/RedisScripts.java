package org.veripack.service.cache;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Runs pack-core's Lua scripts with EVALSHA (Redis 6.2 and 7 alike), falling back to EVAL when Redis does not
 * know a script (after a restart), which also loads it for the next call.
 */
@ApplicationScoped
public class RedisScripts {

    @Inject
    Redis redis;

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

    /** Runs many calls of a script pipelined in slices of {@value #SLICE}; the responses, in order. */
    public Uni<List<Response>> runAll(Script script, List<List<String>> keysPerCall, List<List<String>> argsPerCall) {
        List<Response> responses = new java.util.ArrayList<>(keysPerCall.size());
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int start = 0; start < keysPerCall.size(); start += SLICE) {
            List<Request> slice = new java.util.ArrayList<>(SLICE);
            for (int i = start; i < Math.min(start + SLICE, keysPerCall.size()); i++) {
                slice.add(request(Command.EVALSHA, script.sha(), keysPerCall.get(i), argsPerCall.get(i)));
            }
            chain = chain.chain(() -> redis.batch(slice)
                    .onFailure(RedisScripts::isNoScript)
                    .recoverWithUni(() -> redis.send(Request.cmd(Command.SCRIPT).arg("LOAD").arg(script.source()))
                            .chain(() -> redis.batch(slice)))
                    .invoke(responses::addAll).replaceWithVoid());
        }
        return chain.map(done -> responses);
    }

    /** Runs many calls of a script, pipelined in slices of {@value #SLICE}, one slice after another. */
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
