package io.noetl.worker.service;

import io.noetl.worker.tool.DuckdbTool;
import io.noetl.worker.tool.HttpTool;
import io.noetl.worker.tool.NoopTool;
import io.noetl.worker.tool.PostgresTool;
import io.noetl.worker.tool.PythonTool;
import io.noetl.worker.tool.SecretsTool;
import io.noetl.worker.tool.Tool;
import io.noetl.worker.tool.sql.PlatformDatabaseGuard;
import java.util.List;
import java.util.Optional;

/**
 * The tool instances of this build, with their defaults (http: no SSRF restriction, 8 MiB responses). The SQL
 * tools refuse credentials that point at the platform database this worker itself uses.
 */
final class ToolSet {

    private ToolSet() {
    }

    static List<Tool> create(PlatformDatabaseGuard platform) {
        return List.of(new NoopTool(), new HttpTool(), new PythonTool(), new PostgresTool(platform),
                new DuckdbTool(platform, Optional.empty()), new SecretsTool());
    }
}
