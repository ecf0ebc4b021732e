package io.noetl.worker;

import io.noetl.testsupport.PostgresTestResource;
import io.noetl.testsupport.ServiceFoundationContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class WorkerServiceFoundationTest extends ServiceFoundationContract {

    @Override
    protected String kind() {
        return "worker_pool";
    }

    @Override
    protected String service() {
        return "worker-service";
    }
}
