package io.noetl.scheduler;

import io.noetl.testsupport.PostgresTestResource;
import io.noetl.testsupport.ServiceFoundationContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SchedulerServiceFoundationTest extends ServiceFoundationContract {

    @Override
    protected String kind() {
        return "scheduler";
    }

    @Override
    protected String service() {
        return "scheduler-service";
    }
}
