package io.noetl.execution.api;

import io.noetl.execution.model.Variable;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Timestamps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wire shapes of api.md §4.5, field names as upstream's so its clients keep working. */
public final class VariableViews {

    private VariableViews() {
    }

    @Schema(name = "Var", description = "One variable with its metadata")
    public record Var(@Schema(description = "Any JSON value") Object value, @Schema(example = "user_defined") String type,
               String sourceStep, String createdAt, String accessedAt, int accessCount) {

        static Var of(Variable v) {
            return new Var(v.value(), v.type(), v.sourceStep(), Timestamps.wire(v.createdAt()),
                    Timestamps.wire(v.accessedAt()), v.accessCount());
        }
    }

    @Schema(name = "VariableList")
    public record Listing(String executionId, Map<String, Var> variables, int count) {

        static Listing of(long executionId, List<Variable> all) {
            Map<String, Var> byName = new LinkedHashMap<>();
            all.forEach(v -> byName.put(v.name(), Var.of(v)));
            return new Listing(Ids.wire(executionId), byName, byName.size());
        }
    }

    @Schema(name = "VariableValue", description = "One variable; reading it counted as an access")
    public record Single(String executionId, String varName, Object value, String type, String sourceStep, String createdAt,
                  String accessedAt, int accessCount) {

        static Single of(long executionId, Variable v) {
            return new Single(Ids.wire(executionId), v.name(), v.value(), v.type(), v.sourceStep(),
                    Timestamps.wire(v.createdAt()), Timestamps.wire(v.accessedAt()), v.accessCount());
        }
    }

    @Schema(name = "VariablesSet")
    public record Written(String executionId, int variablesSet, List<String> varNames) {
    }

    @Schema(name = "VariableDeleted")
    public record Deleted(String executionId, String varName, boolean deleted) {
    }

    @Schema(name = "VariablesDeleted")
    public record AllDeleted(String executionId, int deletedCount) {
    }
}
