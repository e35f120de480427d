package fr.deffinum.application.integrity;

import fr.deffinum.application.document.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * The Ed25519 key pair (the JDK's own) that signs the chain heads and the export manifests. Its id
 * is the SHA-256, in hex, of its public key's DER encoding (X.509 SubjectPublicKeyInfo), as
 * {@code openssl pkey -pubin -in public.pem -outform DER | sha256sum} prints it.
 */
public final class SigningKey {

    private static final String ALGORITHM = "Ed25519";
    private static final byte[] PAIR_CHECK = "deffinum-key-pair-check".getBytes(StandardCharsets.UTF_8);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        if (!verifies(publicKey, PAIR_CHECK, sign(PAIR_CHECK))) {
            throw new IllegalArgumentException("The public key is not the private key's");
        }
    }

    public static SigningKey generate() throws GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        return new SigningKey(pair.getPrivate(), pair.getPublic());
    }

    public String keyId() {
        return Sha256.hex(publicKey.getEncoded());
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The Ed25519 signature of {@code payload}, in base64. */
    public String sign(byte[] payload) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(payload);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public boolean verifies(byte[] payload, String signature) {
        return verifies(publicKey, payload, signature);
    }

    /** Whether {@code signature} (base64) is {@code publicKey}'s over {@code payload}; false for anything unreadable. */
    public static boolean verifies(PublicKey publicKey, byte[] payload, String signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(payload);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            return false;
        }
    }
}
