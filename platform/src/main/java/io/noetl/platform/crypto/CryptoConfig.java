package io.noetl.platform.crypto;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Master keys for credentials and keychain entries (architecture.md §7). Users set
 * {@code NOETL_ENCRYPTION_KEY}; the property {@code noetl.crypto.encryption-key} (env
 * {@code NOETL_CRYPTO_ENCRYPTION_KEY}) also works and wins. Env vars: NOETL_CRYPTO_*.
 */
@ConfigMapping(prefix = "noetl.crypto")
public interface CryptoConfig {

    /**
     * One key, base64 of 32 bytes, or several for rotation: {@code kid1:base64,kid2:base64}. The first
     * encrypts new records, all of them decrypt. A key without an id is named {@code k} + the first 8
     * hex digits of its SHA-256, so the id is stable and reveals nothing.
     */
    // Not a default value but the spec's variable name: SmallRye expands expressions in defaults, and
    // a blank expansion counts as no key (a secret has no default, style.md §7).
    @WithDefault("${NOETL_ENCRYPTION_KEY:}")
    Optional<String> encryptionKey();

    /**
     * Without a key, start anyway with a random key of this process and log a warning: what it encrypts
     * cannot be read after a restart. For development only; ignored when a key is set.
     */
    @WithDefault("false")
    boolean insecureDevMode();
}
