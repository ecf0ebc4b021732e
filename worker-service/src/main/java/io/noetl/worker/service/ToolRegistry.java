package io.noetl.worker.service;

import io.noetl.worker.tool.Tool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The tools this worker runs. Tool classes are plain Java (unit-tested without a container); this is where
 * they are created with the worker's settings. Kinds without a tool here answer kind {@code config}.
 */
@ApplicationScoped
public class ToolRegistry {

    private final List<Tool> tools = new ArrayList<>();

    public ToolRegistry() {
        tools.addAll(ToolSet.create());
    }

    public List<Tool> tools() {
        return tools;
    }

    public List<String> kinds() {
        return tools.stream().map(Tool::kind).sorted().toList();
    }
}
