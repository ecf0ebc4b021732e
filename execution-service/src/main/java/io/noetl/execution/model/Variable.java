package io.noetl.execution.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** One execution variable (a `transient` row); the value is any JSON, kept exactly as stored. */
public record Variable(String name, JsonNode value, String type, String sourceStep, OffsetDateTime createdAt,
                       OffsetDateTime accessedAt, int accessCount) {
}
