package io.noetl.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The encryption key and internal token the services refuse to start without. The user's environment wins;
 * otherwise a development value is generated once and kept in the data directory, because credentials
 * encrypted under one key must still decrypt after a restart.
 *
 * @param added the variables this class supplied (empty when the environment set both)
 */
record DevSecrets(Map<String, String> added) {

    static final String KEY_VARIABLE = "NOETL_ENCRYPTION_KEY";
    static final String TOKEN_VARIABLE = "NOETL_INTERNAL_TOKEN";
    private static final SecureRandom RANDOM = new SecureRandom();

    static DevSecrets resolve(Map<String, String> env, DataDirectory dir) throws IOException {
        Map<String, String> added = new LinkedHashMap<>();
        if (isBlank(env.get(KEY_VARIABLE))) {
            // architecture.md §7: base64 of 32 bytes (an AES-256 key).
            added.put(KEY_VARIABLE, readOrCreate(dir.encryptionKeyFile(), Base64.getEncoder()));
        }
        if (isBlank(env.get(TOKEN_VARIABLE))) {
            added.put(TOKEN_VARIABLE, readOrCreate(dir.internalTokenFile(), Base64.getUrlEncoder().withoutPadding()));
        }
        return new DevSecrets(Map.copyOf(added));
    }

    private static String readOrCreate(Path file, Base64.Encoder encoder) throws IOException {
        if (Files.isRegularFile(file)) {
            String kept = Files.readString(file).trim();
            if (!kept.isEmpty()) return kept;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = encoder.encodeToString(bytes);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        createPrivate(file);
        Files.writeString(file, value + "\n");
        return value;
    }

    /** Owner-only permissions where the file system has them: the file holds a secret. */
    private static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
