package io.noetl.catalog;

import io.noetl.testsupport.PostgresTestResource;
import io.noetl.testsupport.ServiceFoundationContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CatalogServiceFoundationTest extends ServiceFoundationContract {

    @Override
    protected String kind() {
        return "catalog_api";
    }

    @Override
    protected String service() {
        return "catalog-service";
    }
}
