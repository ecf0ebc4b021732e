package io.noetl.execution.model;

import java.time.OffsetDateTime;
import java.util.Map;

/** One row of the event log; context and result are plain JSON values (maps, lists, scalars). */
public record LoggedEvent(long eventId, long executionId, Long parentEventId, Long parentExecutionId, long catalogId,
        Long commandId, String eventType, String nodeName, String nodeType, String status, Double duration,
        Object context, Object result, String error, Map<String, Object> meta, String workerId,
        OffsetDateTime createdAt) {
}
