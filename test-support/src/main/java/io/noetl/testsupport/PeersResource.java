package io.noetl.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A service's real peers for its {@code @QuarkusTest}s: catalog-service and execution-service as packaged processes on
 * the test database, wired in through discovery, and the internal token they share.
 */
public class PeersResource implements QuarkusTestResourceLifecycleManager {

    public static volatile String catalog;
    public static volatile String execution;
    private PackagedService catalogService;
    private PackagedService executionService;

    @Override
    public Map<String, String> start() {
        try {
            catalogService = PackagedService.start("catalog-service", "NOETL_CATALOG_PORT", Map.of());
            catalog = catalogService.url();
            executionService = PackagedService.start("execution-service", "NOETL_EXECUTION_PORT",
                    Map.of("NOETL_RUNTIME_DISCOVERY_CATALOG_URL", catalog));
            execution = executionService.url();
            return Map.of("noetl.runtime.discovery.catalog-url", catalog, "noetl.runtime.discovery.execution-url", execution,
                    "noetl.auth.internal-token", PackagedService.TEST_TOKEN);
        } catch (Exception e) {
            throw new IllegalStateException("peers did not start", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (executionService != null) executionService.close();
            if (catalogService != null) catalogService.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
