package io.noetl.execution.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Filters of the execution listing; null (or an empty list) matches everything. since is inclusive and
 * until exclusive, both on created_at, so consecutive windows never count a row twice.
 */
public record ExecutionFilter(List<String> statuses, String path, Long catalogId, Long parentExecutionId,
        OffsetDateTime since, OffsetDateTime until) {

    public ExecutionFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }
}
