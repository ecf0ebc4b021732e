package io.noetl.platform.service;

import io.vertx.core.json.JsonObject;

/**
 * What an instance can do, stored in `runtime.capabilities` (workers: tool kinds and pools). Services
 * without capabilities use the default, which is empty.
 */
public interface CapabilitiesProvider {
    JsonObject capabilities();
}
