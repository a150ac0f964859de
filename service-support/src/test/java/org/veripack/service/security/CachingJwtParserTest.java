package org.veripack.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class CachingJwtParserTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final AtomicInteger verifications = new AtomicInteger();
    private boolean refuse;

    /** A SmallRye parser stand-in: counts verifications, refuses when told, returns a token expiring at now + 60 s. */
    private final JWTParser delegate = (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {JWTParser.class}, (proxy, method, args) -> {
                verifications.incrementAndGet();
                if (refuse) {
                    throw new ParseException("expired");
                }
                JwtClaims claims = new JwtClaims();
                claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromMilliseconds(now.get() + 60_000));
                claims.setSubject("pos-1");
                return new DefaultJWTCallerPrincipal("raw", "JWT", claims);
            });

    private final CachingJwtParser parser = new CachingJwtParser(delegate, now::get);

    @Test
    void aTokenIsVerifiedOnceWhileValid() throws Exception {
        JsonWebToken first = parser.parse("token-a");
        assertThat(parser.parse("token-a")).isSameAs(first);
        assertThat(verifications).hasValue(1);
        parser.parse("token-b");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void fromItsExpiryOnTheTokenIsVerifiedAgainAndItsRefusalStands() throws Exception {
        parser.parse("token-a");
        now.addAndGet(60_000);
        refuse = true;
        assertThatThrownBy(() -> parser.parse("token-a")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse("token-a")).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(3);
    }

    @Test
    void aRefusedTokenIsNeverCached() {
        refuse = true;
        assertThatThrownBy(() -> parser.parse("bad")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse("bad")).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(2);
    }
}
