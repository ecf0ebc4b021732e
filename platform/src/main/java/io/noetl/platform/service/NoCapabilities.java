package io.noetl.platform.service;

import io.quarkus.arc.DefaultBean;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/** The capabilities of a service that declares none. */
@DefaultBean
@ApplicationScoped
public class NoCapabilities implements CapabilitiesProvider {
    @Override
    public JsonObject capabilities() {
        return new JsonObject();
    }
}
