package fr.deffinum.application.integrity;

/** A signature was asked of a run that has no signing key. */
public class SigningOff extends RuntimeException {

    public SigningOff() {
        super("Signing is off: no signing key is configured (deffinum.signing.key-file)");
    }
}
