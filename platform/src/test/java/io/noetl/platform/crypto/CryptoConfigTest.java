package io.noetl.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping as SmallRye builds it, from fake environments (the real one is never read). */
class CryptoConfigTest {

    private final String key = TestKeys.randomKey();

    @Test
    void readsTheSpecsNoetlEncryptionKeyVariable() {
        CryptoConfig config = fromEnv(Map.of("NOETL_ENCRYPTION_KEY", key));

        assertThat(config.encryptionKey()).contains(key);
        assertThat(config.insecureDevMode()).isFalse();
    }

    @Test
    void thePropertysOwnVariableWins() {
        String other = TestKeys.randomKey();
        CryptoConfig config = fromEnv(Map.of("NOETL_ENCRYPTION_KEY", key, "NOETL_CRYPTO_ENCRYPTION_KEY", other));

        assertThat(config.encryptionKey()).contains(other);
    }

    @Test
    void anUnsetOrBlankVariableMeansNoKey() {
        assertThat(fromEnv(Map.of()).encryptionKey()).isEmpty();
        assertThat(fromEnv(Map.of("NOETL_ENCRYPTION_KEY", "")).encryptionKey()).isEmpty();
    }

    @Test
    void aCipherRefusesToStartWithoutAKey() {
        assertThatThrownBy(() -> new SecretCipher(fromEnv(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NOETL_ENCRYPTION_KEY").hasMessageContaining("NOETL_CRYPTO_INSECURE_DEV_MODE");
    }

    @Test
    void insecureDevModeUsesARandomKeyOfThisProcess() {
        CryptoConfig config = fromEnv(Map.of("NOETL_CRYPTO_INSECURE_DEV_MODE", "true"));

        SecretCipher first = new SecretCipher(config);
        SecretCipher second = new SecretCipher(config);

        assertThat(first.activeKeyId()).startsWith("dev-").isNotEqualTo(second.activeKeyId());
        String envelope = first.encrypt(new byte[] {1, 2, 3}, "credential:1:a");
        assertThat(first.decrypt(envelope, "credential:1:a")).containsExactly(1, 2, 3);
    }

    @Test
    void aConfiguredKeyIsUsedEvenInDevMode() {
        CryptoConfig config = fromEnv(Map.of("NOETL_ENCRYPTION_KEY", "main:" + key,
                "NOETL_CRYPTO_INSECURE_DEV_MODE", "true"));

        assertThat(new SecretCipher(config).activeKeyId()).isEqualTo("main");
    }

    @Test
    void thePropertyFormWorksInApplicationProperties() {
        CryptoConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(Map.of("noetl.crypto.encryption-key", key), "app", 250))
                .withMapping(CryptoConfig.class).build().getConfigMapping(CryptoConfig.class);

        assertThat(config.encryptionKey()).contains(key);
    }

    private static CryptoConfig fromEnv(Map<String, String> env) {
        // Default interceptors as Quarkus installs them: they expand the ${NOETL_ENCRYPTION_KEY:} default.
        return new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new EnvConfigSource(env, 300))
                .withMapping(CryptoConfig.class)
                .build()
                .getConfigMapping(CryptoConfig.class);
    }
}
