package io.noetl.platform;

import io.noetl.platform.config.RuntimeConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** RuntimeConfig for plain JUnit tests: the documented defaults, with the overrides a test needs. */
public record TestRuntimeConfig(String kind, Optional<String> name, Optional<String> catalogUrl,
                                Duration heartbeatInterval) implements RuntimeConfig {

    public static TestRuntimeConfig of(String kind, String name) {
        return new TestRuntimeConfig(kind, Optional.of(name), Optional.empty(), Duration.ofSeconds(5));
    }

    public TestRuntimeConfig withCatalogUrl(String url) {
        return new TestRuntimeConfig(kind, name, Optional.of(url), heartbeatInterval);
    }

    @Override public String service() { return "test-service"; }
    @Override public String advertisedHost() { return "localhost"; }
    @Override public Optional<String> advertisedUri() { return Optional.empty(); }
    @Override public Map<String, String> labels() { return Map.of("zone", "test"); }
    @Override public Optional<Integer> capacity() { return Optional.of(4); }
    @Override public int missedHeartbeats() { return 3; }
    @Override public Duration offlineRetention() { return Duration.ofDays(7); }
    @Override public boolean sweeperEnabled() { return true; }

    @Override
    public Discovery discovery() {
        return new Discovery() {
            @Override public Duration cacheTtl() { return Duration.ofMillis(200); }
            @Override public Optional<String> catalogUrl() { return catalogUrl; }
            @Override public Optional<String> executionUrl() { return Optional.empty(); }
            @Override public Optional<String> schedulerUrl() { return Optional.empty(); }
            @Override public Optional<String> workerUrl() { return Optional.empty(); }
        };
    }
}
