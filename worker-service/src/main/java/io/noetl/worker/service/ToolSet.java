package io.noetl.worker.service;

import io.noetl.worker.tool.HttpTool;
import io.noetl.worker.tool.NoopTool;
import io.noetl.worker.tool.PythonTool;
import io.noetl.worker.tool.Tool;
import java.util.List;

/** The tool instances of this build, with their defaults (http: no SSRF restriction, 8 MiB responses). */
final class ToolSet {

    private ToolSet() {
    }

    static List<Tool> create() {
        return List.of(new NoopTool(), new HttpTool(), new PythonTool());
    }
}
