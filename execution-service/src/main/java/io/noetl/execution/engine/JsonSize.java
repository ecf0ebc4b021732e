package io.noetl.execution.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Serialized size in UTF-8 bytes, for the size caps of dsl.md (ctx, loop aggregates). */
final class JsonSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSize() {
    }

    /** The size, or {@code Long.MAX_VALUE} for a value that cannot be serialized (so every cap refuses it). */
    static long of(Object value) {
        try {
            return JSON.writeValueAsBytes(value).length;
        } catch (JsonProcessingException e) {
            return Long.MAX_VALUE;
        }
    }
}
