package io.noetl.execution.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.model.Variable;
import io.vertx.mutiny.sqlclient.Row;

/** Maps `transient` rows; each column is named once, here. */
final class VariableRows {

    /** The value comes back as JSON text so numbers, nulls and key order survive exactly as stored. */
    static final String COLUMNS = """
            var_name, var_value::text AS var_value, var_type, source_step, created_at, accessed_at, access_count""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private VariableRows() {
    }

    static Variable variable(Row row) {
        return new Variable(row.getString("var_name"), json(row.getString("var_value")), row.getString("var_type"),
                row.getString("source_step"), row.getOffsetDateTime("created_at"), row.getOffsetDateTime("accessed_at"),
                row.getInteger("access_count"));
    }

    static JsonNode json(String text) {
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // PostgreSQL printed this jsonb itself; it is always valid JSON.
            throw new IllegalStateException("jsonb column did not parse", e);
        }
    }
}
