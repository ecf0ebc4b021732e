package io.noetl.platform.crypto;

import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Turns {@link CryptoConfig} into a {@link KeyRing}: the configured keys, or in insecure development
 * mode a random key of this process; otherwise it refuses, which stops a service that needs secrets.
 */
final class CryptoKeys {

    private static final Logger LOG = Logger.getLogger(CryptoKeys.class);

    private CryptoKeys() {
    }

    static KeyRing from(CryptoConfig config) {
        Optional<String> spec = config.encryptionKey().filter(value -> !value.isBlank());
        if (spec.isPresent()) return KeyRing.parse(spec.get());
        if (!config.insecureDevMode()) {
            throw new IllegalStateException("No encryption key: set NOETL_ENCRYPTION_KEY to base64 of 32 random "
                    + "bytes (openssl rand -base64 32), or NOETL_CRYPTO_INSECURE_DEV_MODE=true for development only");
        }
        KeyRing ring = KeyRing.ephemeral();
        LOG.warnf("Insecure development mode: no NOETL_ENCRYPTION_KEY, so secrets are encrypted with a random key "
                + "of this process (id %s). What is encrypted now cannot be read after a restart. "
                + "Never use this mode in production.", ring.activeId());
        return ring;
    }
}
