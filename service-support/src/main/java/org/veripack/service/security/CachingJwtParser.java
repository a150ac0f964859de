package org.veripack.service.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each bearer token once until it expires: POS terminals send the same token with every scan for up to an
 * hour, and the RS256 check and claims parsing took about 40 % of a verify's CPU (load-tests/RESULTS.md). A token
 * is cached by its exact text (signature included) only after SmallRye JWT verified it. From its expiry time on it
 * is verified again on every use, so SmallRye JWT alone decides (clock skew included) when it is refused.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    /** At most this many tokens are kept; past it the cache starts afresh (tokens are verified again, nothing breaks). */
    static final int MAX_TOKENS = 100_000;

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();
    private final JWTParser delegate;
    private final LongSupplier nowMillis;

    @Inject
    public CachingJwtParser(JWTAuthContextInfo authContext) {
        this(new DefaultJWTParser(authContext), System::currentTimeMillis);
    }

    CachingJwtParser(JWTParser delegate, LongSupplier nowMillis) {
        this.delegate = delegate;
        this.nowMillis = nowMillis;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken cached = unexpired(token);
        return cached != null ? cached : remember(token, delegate.parse(token));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        JsonWebToken cached = unexpired(token);
        return cached != null ? cached : remember(token, delegate.parse(token, context));
    }

    private JsonWebToken unexpired(String token) {
        JsonWebToken cached = verified.get(token);
        if (cached != null && cached.getExpirationTime() * 1000 <= nowMillis.getAsLong()) {
            verified.remove(token);
            return null;
        }
        return cached;
    }

    private JsonWebToken remember(String token, JsonWebToken parsed) {
        if (parsed.getExpirationTime() * 1000 > nowMillis.getAsLong()) {
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
            verified.put(token, parsed);
        }
        return parsed;
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
