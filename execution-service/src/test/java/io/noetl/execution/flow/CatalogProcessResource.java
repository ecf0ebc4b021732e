package io.noetl.execution.flow;

import io.noetl.testsupport.PackagedService;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The real catalog-service, as its packaged jar in its own process on the test database, so execution-service
 * resolves playbooks exactly as in production: through HTTP (the reactor builds catalog-service first).
 */
public class CatalogProcessResource implements QuarkusTestResourceLifecycleManager {

    static volatile String url;
    private PackagedService catalog;

    @Override
    public Map<String, String> start() {
        try {
            catalog = PackagedService.start("catalog-service", "NOETL_CATALOG_PORT", Map.of());
            url = catalog.url();
            return Map.of("noetl.runtime.discovery.catalog-url", url);
        } catch (Exception e) {
            throw new IllegalStateException("catalog-service did not start", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (catalog != null) catalog.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
