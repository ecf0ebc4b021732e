package io.noetl.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSecretsTest {

    @TempDir
    Path tmp;

    @Test
    void generatesA32ByteKeyOnceAndReusesItSoRestartsCanDecrypt() throws IOException {
        DataDirectory dir = new DataDirectory(tmp);

        DevSecrets first = DevSecrets.resolve(Map.of(), dir);
        DevSecrets second = DevSecrets.resolve(Map.of(), dir);

        String key = first.added().get(DevSecrets.KEY_VARIABLE);
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        assertThat(second.added()).isEqualTo(first.added());
        assertThat(first.added().get(DevSecrets.TOKEN_VARIABLE)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.readString(dir.encryptionKeyFile()).trim()).isEqualTo(key);
    }

    @Test
    void theUsersEnvironmentWinsAndNothingIsWritten() throws IOException {
        DataDirectory dir = new DataDirectory(tmp);
        Map<String, String> env = Map.of(DevSecrets.KEY_VARIABLE, "mine", DevSecrets.TOKEN_VARIABLE, "token");

        assertThat(DevSecrets.resolve(env, dir).added()).isEmpty();
        assertThat(dir.encryptionKeyFile()).doesNotExist();
    }
}
