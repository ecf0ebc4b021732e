package io.noetl.execution.api;

import io.noetl.execution.model.ExecuteRequest;
import io.noetl.platform.auth.InternalCaller;

/**
 * api.md §1.7: idempotency keys starting {@code schedule:} belong to scheduler-service, which presents the
 * internal token. Anyone else could otherwise take a future slot's key and make that fire start their
 * playbook (or fail as a conflict).
 */
final class ReservedKeys {

    static final String SCHEDULE = "schedule:";

    private ReservedKeys() {
    }

    static ExecuteRequest check(ExecuteRequest request, String authorization, InternalCaller internal) {
        if (request.idempotencyKey() != null && request.idempotencyKey().startsWith(SCHEDULE)) internal.require(authorization);
        return request;
    }
}
