package io.noetl.execution.model;

import java.util.Map;

/** A parsed execute request (api.md §4.1): one playbook reference, the payload and the optional links. */
public record ExecuteRequest(String path, Long catalogId, String version, Map<String, Object> payload,
        Long parentExecutionId, String parentStep, String idempotencyKey, Map<String, Object> trigger) {
}
