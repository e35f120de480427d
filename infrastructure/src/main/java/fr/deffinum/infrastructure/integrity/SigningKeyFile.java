package fr.deffinum.infrastructure.integrity;

import static java.nio.charset.StandardCharsets.UTF_8;

import fr.deffinum.application.integrity.Pem;
import fr.deffinum.application.integrity.SigningKey;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The signing key's PEM file: read, or generated on first start, readable and writable by its owner only. */
final class SigningKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SigningKeyFile() {
    }

    static SigningKey readOrCreate(Path file) throws IOException, GeneralSecurityException {
        if (Files.exists(file)) {
            warnIfOthersMayRead(file);
            SigningKey key = Pem.read(Files.readString(file, UTF_8));
            log.info("Signing chain heads and exports with the Ed25519 key {} of {}", key.keyId(), file.toAbsolutePath());
            return key;
        }
        SigningKey key = SigningKey.generate();
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.writeString(file, Pem.of(key), UTF_8);
        log.info("Generated the Ed25519 signing key {} in {} (owner only); keep it out of the database owner's reach",
                key.keyId(), file.toAbsolutePath());
        return key;
    }

    private static void warnIfOthersMayRead(Path file) throws IOException {
        if (posix() && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
            log.warn("The signing key file {} may be read by others than its owner ({}): chmod 600 it",
                    file.toAbsolutePath(), PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
