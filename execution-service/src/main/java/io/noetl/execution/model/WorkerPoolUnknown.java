package io.noetl.execution.model;

import io.noetl.platform.error.NotFound;
import io.noetl.platform.error.ProblemCode;

/** No worker pool of this name is registered: the pool should register again (heartbeat answers Retry-After). */
public class WorkerPoolUnknown extends NotFound {

    public WorkerPoolUnknown(String name) {
        super(ProblemCode.UNKNOWN_RUNTIME, "No worker pool named '" + name + "' is registered; register it again.");
    }
}
