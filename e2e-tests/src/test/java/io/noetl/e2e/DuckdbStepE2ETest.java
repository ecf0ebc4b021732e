package io.noetl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.e2e.cluster.Cluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A duckdb step on a worker process (dsl.md §6.5): params bound, rows mapped, the result routed to the next step. */
class DuckdbStepE2ETest {

    @Test
    void aDuckdbQueryFeedsTheNextStep() throws Exception {
        Cluster cluster = Cluster.get();
        cluster.sharedWorker();
        String path = "e2e/duckdb-" + UUID.randomUUID().toString().substring(0, 8);
        cluster.register("""
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: duck, path: %s}
                workload: {factor: 3}
                workflow:
                  - step: compute
                    tool:
                      kind: duckdb
                      query: "SELECT i, i * $1 AS scaled FROM range(4) t(i) ORDER BY i"
                      params: ["{{ factor }}"]
                    next: total
                  - step: total
                    tool: {kind: noop, args: {rows: "{{ compute.row_count }}", last: "{{ compute.rows[3].scaled }}"}}
                """.formatted(path));
        String id = cluster.start(path, Map.of());
        assertThat(cluster.awaitTerminal(id, Duration.ofSeconds(60))).isEqualTo("COMPLETED");
        var result = cluster.result(id);
        assertThat(result.getInt("result.rows")).isEqualTo(4);
        assertThat(result.getInt("result.last")).isEqualTo(9);
        assertThat(cluster.sql().column("SELECT tool_kind FROM noetl.command WHERE execution_id = ?", Long.parseLong(id)))
                .as("ran as a command on the worker").isEqualTo(List.of("duckdb"));
    }
}
