package io.noetl.worker.tool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one JSON mapper the tools share (thread-safe once configured, and costly to create per call). */
final class ToolJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ToolJson() {
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw ToolFailure.config("value cannot be sent as JSON: " + e.getOriginalMessage());
        }
    }

    static Object read(byte[] json) {
        try {
            return MAPPER.readValue(json, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
