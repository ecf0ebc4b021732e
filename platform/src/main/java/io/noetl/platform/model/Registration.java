package io.noetl.platform.model;

import io.vertx.core.json.JsonObject;

/** What an instance says about itself when it registers or heartbeats. */
public record Registration(RuntimeKind kind, String name, String uri, RuntimeStatus status, JsonObject labels,
                           JsonObject capabilities, Integer capacity, JsonObject runtime) {

    public Registration withStatus(RuntimeStatus newStatus) {
        return new Registration(kind, name, uri, newStatus, labels, capabilities, capacity, runtime);
    }
}
