package io.noetl.platform.health;

import io.noetl.platform.service.RuntimeRegistrar;
import io.noetl.platform.service.SchemaVersion;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready = the database answers, its schema is at the version this build expects, and this instance's
 * registry row is written (api.md §2). DOWN while the database is unreachable, UP again once it is back.
 */
@Readiness
@ApplicationScoped
public class PlatformReadiness implements AsyncHealthCheck {

    private static final Duration DB_TIMEOUT = Duration.ofSeconds(3);

    private final SchemaVersion schema;
    private final RuntimeRegistrar registrar;

    public PlatformReadiness(SchemaVersion schema, RuntimeRegistrar registrar) {
        this.schema = schema;
        this.registrar = registrar;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return schema.current()
                .ifNoItem().after(DB_TIMEOUT).fail()
                .map(this::judge)
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named("noetl-platform").down()
                        .withData("database", "unreachable").build());
    }

    private HealthCheckResponse judge(String current) {
        boolean registered = registrar.runtimeId() != null;
        return HealthCheckResponse.named("noetl-platform")
                .status(schema.satisfies(current) && registered)
                .withData("database", "reachable")
                .withData("schema_version", String.valueOf(current))
                .withData("expected_schema_version", String.valueOf(schema.expected()))
                .withData("registered", registered)
                .build();
    }
}
