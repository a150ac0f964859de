package org.veripack.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.UUID;

/**
 * Bearer tokens for tests, signed with the test-only key in {@code veripack-test-keys/} (never used
 * outside tests; the services' test profile trusts its public half).
 */
public final class TestTokens {

    public static final String ISSUER = "veripack";
    private static final PrivateKey KEY = load();

    private TestTokens() {
    }

    /** The test key's public half as a file (written once per JVM), for a service that runs outside the test JVM. */
    public static synchronized java.nio.file.Path publicKeyFile() {
        if (publicKeyFile == null) {
            try (java.io.InputStream pem = TestTokens.class.getResourceAsStream("/veripack-test-keys/public.pem")) {
                java.nio.file.Path file = java.nio.file.Files.createTempFile("veripack-test-public", ".pem");
                java.nio.file.Files.write(file, pem.readAllBytes());
                file.toFile().deleteOnExit();
                publicKeyFile = file;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    private static java.nio.file.Path publicKeyFile;

    public static String pharmacy(String gln) {
        return sign(claims("pharmacy").claim("loc", gln));
    }

    public static String wholesaler(String gln) {
        return sign(claims("wholesaler").claim("loc", gln));
    }

    public static String manufacturer(String mah) {
        return sign(claims("manufacturer").claim("mah", mah));
    }

    /** A US trading partner's verification system with its own GLN. */
    public static String requester(String gln) {
        return sign(claims("requester").claim("gln", gln));
    }

    public static String surveillance() {
        return sign(claims("surveillance"));
    }

    public static String admin() {
        return sign(claims("admin"));
    }

    /** A token with the given groups and no location or MAH claim. */
    public static String withGroups(String... groups) {
        return sign(claims(groups));
    }

    public static String expired() {
        return claims("admin").issuedAt(1_700_000_000L).expiresAt(1_700_000_600L).sign(KEY);
    }

    public static String wrongIssuer() {
        return claims("admin").issuer("someone-else").sign(KEY);
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String signedByAnotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims("admin").sign(generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JwtClaimsBuilder claims(String... groups) {
        return Jwt.issuer(ISSUER).subject("test-" + UUID.randomUUID()).groups(java.util.Set.of(groups)).expiresIn(3600);
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(KEY);
    }

    private static PrivateKey load() {
        try {
            return KeyUtils.readPrivateKey("/veripack-test-keys/private.pem");
        } catch (Exception e) {
            throw new IllegalStateException("test key veripack-test-keys/private.pem is missing", e);
        }
    }
}
