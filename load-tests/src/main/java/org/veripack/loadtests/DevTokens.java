package org.veripack.loadtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

/** RS256 tokens signed with the development key of {@code ./veripack up} (.veripack/jwt/private.pem), JDK only. */
final class DevTokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;

    DevTokens(Path privateKeyPem) throws IOException, GeneralSecurityException {
        String pem = Files.readString(privateKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    String pharmacy(String gln) throws GeneralSecurityException {
        return sign("\"groups\":[\"pharmacy\"],\"loc\":\"" + gln + "\",\"sub\":\"bench-" + gln + "\"");
    }

    String manufacturer(String mah) throws GeneralSecurityException {
        return sign("\"groups\":[\"manufacturer\"],\"mah\":\"" + mah + "\",\"sub\":\"bench-" + mah + "\"");
    }

    String requester(String gln) throws GeneralSecurityException {
        return sign("\"groups\":[\"requester\"],\"gln\":\"" + gln + "\",\"sub\":\"bench-vrs-" + gln + "\"");
    }

    String admin() throws GeneralSecurityException {
        return sign("\"groups\":[\"admin\"],\"sub\":\"bench-admin\"");
    }

    private String sign(String claims) throws GeneralSecurityException {
        long now = System.currentTimeMillis() / 1000;
        String header = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = URL.encodeToString(("{\"iss\":\"veripack\"," + claims + ",\"iat\":" + now + ",\"exp\":" + (now + 7200)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + URL.encodeToString(signature.sign());
    }
}
