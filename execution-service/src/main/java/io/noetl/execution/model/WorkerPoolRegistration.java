package io.noetl.execution.model;

import io.noetl.platform.model.Registration;

/**
 * An upstream-style worker pool registration: the registry row to upsert, and the runtime type the caller named
 * (cpu, gpu, python…), which upstream answers with and filters pools by ({@code runtime.type} in the row).
 */
public record WorkerPoolRegistration(Registration registration, String runtimeType) {

    public String name() {
        return registration.name();
    }
}
