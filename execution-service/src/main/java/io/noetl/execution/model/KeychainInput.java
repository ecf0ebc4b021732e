package io.noetl.execution.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A validated set-keychain request. Expiry is either {@code expiresAt} or {@code ttlSeconds} from now by the
 * database clock; {@code tokenData} is plaintext only until the service encrypts it.
 */
public record KeychainInput(KeychainAddress address, JsonNode tokenData, String credentialType, String cacheType,
                            Long parentExecutionId, OffsetDateTime expiresAt, double ttlSeconds, boolean autoRenew,
                            JsonNode renewConfig) {
}
