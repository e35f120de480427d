package fr.deffinum.application.integrity;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signing key as PEM text: a {@code PRIVATE KEY} block (PKCS#8) followed by a {@code PUBLIC KEY}
 * block (X.509), since the JDK cannot derive an Ed25519 public key from its private key. OpenSSL
 * reads the first block as the key and {@code openssl pkey -pubin} the second.
 */
public final class Pem {

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private Pem() {
    }

    public static String of(SigningKey key) {
        return block(PRIVATE, key.privateKey().getEncoded()) + publicKey(key);
    }

    public static String publicKey(SigningKey key) {
        return block(PUBLIC, key.publicKey().getEncoded());
    }

    public static SigningKey read(String pem) throws GeneralSecurityException {
        KeyFactory keys = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(der(pem, PRIVATE)));
        PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(der(pem, PUBLIC)));
        return new SigningKey(privateKey, publicKey);
    }

    private static String block(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String pem, String label) throws GeneralSecurityException {
        Matcher block = Pattern.compile("-----BEGIN " + label + "-----([A-Za-z0-9+/=\\s]+)-----END " + label + "-----")
                .matcher(pem);
        if (!block.find()) {
            throw new GeneralSecurityException("No " + label + " block in the key file");
        }
        return Base64.getMimeDecoder().decode(block.group(1));
    }
}
