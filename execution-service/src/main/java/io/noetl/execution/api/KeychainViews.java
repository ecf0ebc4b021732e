package io.noetl.execution.api;

import io.noetl.execution.model.KeychainEntry;
import io.noetl.execution.model.KeychainLookup;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Timestamps;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wire shapes of api.md §4.6, field names as upstream's; only {@link Entry} can carry token data. */
public final class KeychainViews {

    private KeychainViews() {
    }

    @Schema(name = "KeychainEntry", description = "A cached secret; token_data only with status success")
    public record Entry(@Schema(example = "success") String status, String keychainName, String catalogId,
                       @Schema(example = "api_token:7689598279585628170:global") String cacheKey,
                       Object tokenData, String credentialType, String cacheType, String scopeType, String expiresAt,
                       @Schema(description = "Seconds left before expiry") Long ttlSeconds, String accessedAt,
                       Integer accessCount, boolean autoRenew, Object renewConfig, boolean expired) {

        static Entry of(KeychainLookup found) {
            KeychainEntry e = found.entry();
            String catalog = Ids.wire(found.key().catalogId());
            if (e == null) {
                return new Entry("not_found", found.key().name(), catalog, found.key().cacheKey(), null, null, null,
                        null, null, null, null, null, false, null, false);
            }
            return new Entry(found.status(), e.name(), catalog, e.cacheKey(), found.tokenData(), e.credentialType(),
                    e.cacheType(), e.scopeType(), Timestamps.wire(e.expiresAt()), e.ttlSeconds(),
                    Timestamps.wire(e.accessedAt()), e.accessCount(), e.autoRenew(), e.renewConfig(), e.expired());
        }
    }

    @Schema(name = "KeychainEntryMetadata", description = "A keychain entry without its token data")
    public record Metadata(String status, String keychainName, String catalogId, String cacheKey, String credentialType,
                           String cacheType, String scopeType, String executionId, String expiresAt, long ttlSeconds,
                           String accessedAt, int accessCount, boolean autoRenew, Object renewConfig, boolean expired) {

        static Metadata of(KeychainEntry e) {
            return new Metadata(e.expired() ? "expired" : "success", e.name(), Ids.wire(e.catalogId()), e.cacheKey(),
                    e.credentialType(), e.cacheType(), e.scopeType(), e.executionId() == null ? null : Ids.wire(e.executionId()),
                    Timestamps.wire(e.expiresAt()), e.ttlSeconds(), Timestamps.wire(e.accessedAt()), e.accessCount(),
                    e.autoRenew(), e.renewConfig(), e.expired());
        }
    }

    @Schema(name = "KeychainEntries")
    public record Listing(String status, String catalogId, List<Metadata> entries, int count) {

        static Listing of(long catalogId, List<KeychainEntry> entries) {
            return new Listing("success", Ids.wire(catalogId), entries.stream().map(Metadata::of).toList(), entries.size());
        }
    }

    @Schema(name = "KeychainStored")
    public record Stored(String status, String message, String keychainName, String catalogId, String cacheKey,
                         String expiresAt, long ttlSeconds, boolean autoRenew) {

        static Stored of(KeychainEntry e) {
            return new Stored("success", "Keychain entry cached with " + e.ttlSeconds() + "s TTL.", e.name(),
                    Ids.wire(e.catalogId()), e.cacheKey(), Timestamps.wire(e.expiresAt()), e.ttlSeconds(), e.autoRenew());
        }
    }

    @Schema(name = "KeychainDeleted")
    public record Deleted(@Schema(example = "success") String status, String message, String keychainName, String catalogId) {

        static Deleted of(boolean deleted, String name, long catalogId) {
            return new Deleted(deleted ? "success" : "not_found",
                    deleted ? "Keychain entry deleted." : "No keychain entry under this key.", name, Ids.wire(catalogId));
        }
    }
}
