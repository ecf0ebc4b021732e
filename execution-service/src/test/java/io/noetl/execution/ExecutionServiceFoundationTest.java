package io.noetl.execution;

import io.noetl.testsupport.PostgresTestResource;
import io.noetl.testsupport.ServiceFoundationContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ExecutionServiceFoundationTest extends ServiceFoundationContract {

    @Override
    protected String kind() {
        return "execution_api";
    }

    @Override
    protected String service() {
        return "execution-service";
    }
}
