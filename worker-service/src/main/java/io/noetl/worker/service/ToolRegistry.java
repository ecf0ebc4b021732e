package io.noetl.worker.service;

import io.noetl.worker.tool.Tool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import io.noetl.worker.tool.sql.PlatformDatabaseGuard;
import io.vertx.pgclient.PgConnectOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tools this worker runs. Tool classes are plain Java (unit-tested without a container); this is where
 * they are created with the worker's settings. Kinds without a tool here answer kind {@code config}.
 */
@ApplicationScoped
public class ToolRegistry {

    private final List<Tool> tools = new ArrayList<>();

    public ToolRegistry(@ConfigProperty(name = "quarkus.datasource.reactive.url") String url) {
        PgConnectOptions platform = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url);
        tools.addAll(ToolSet.create(new PlatformDatabaseGuard(Set.of(platform.getDatabase()), platform.getHost(),
                platform.getPort())));
    }

    public List<Tool> tools() {
        return tools;
    }

    public List<String> kinds() {
        return tools.stream().map(Tool::kind).sorted().toList();
    }
}
