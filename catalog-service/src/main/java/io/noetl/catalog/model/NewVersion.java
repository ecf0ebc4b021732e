package io.noetl.catalog.model;

import io.vertx.core.json.JsonObject;

/** A validated document about to become the next version of its path. */
public record NewVersion(String path, String kind, String content, String contentSha256, JsonObject payload,
                         JsonObject meta) {
}
