package fr.deffinum.application.integrity;

import java.util.Optional;

/** The key this run signs with, or none: then signing is off (an external database with no key file configured). */
public record Signing(Optional<SigningKey> key) {

    public SigningKey required() {
        return key.orElseThrow(SigningOff::new);
    }
}
