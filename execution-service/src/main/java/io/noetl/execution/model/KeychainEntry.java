package io.noetl.execution.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One `keychain` row. {@code dataEncrypted} is the envelope, null when the query did not read it (metadata
 * lists); {@code ttlSeconds} and {@code expired} are measured by the database clock.
 */
public record KeychainEntry(String cacheKey, String name, long catalogId, String credentialType, String cacheType,
                            String scopeType, Long executionId, Long parentExecutionId, String dataEncrypted,
                            OffsetDateTime expiresAt, long ttlSeconds, boolean expired, OffsetDateTime accessedAt,
                            int accessCount, boolean autoRenew, JsonNode renewConfig) {
}
