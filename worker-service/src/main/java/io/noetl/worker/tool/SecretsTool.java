package io.noetl.worker.tool;

import io.noetl.worker.tool.CredentialSource.CredentialProblem;
import io.noetl.worker.tool.ToolFields.ConfigProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code secrets} tool (dsl.md §6.8): hands a credential's data, or a subset, to later worker-rendered
 * fields. Redaction of the result (keychain, {@code "***"} elsewhere) is the pipeline's job, not this class's.
 */
public final class SecretsTool implements Tool {

    @Override
    public String kind() {
        return "secrets";
    }

    @Override
    public TaskResult run(Map<String, Object> fields, ToolContext ctx) {
        try {
            String name = ToolFields.text(fields, ToolFields.exactlyOne(fields, "credential", "auth"));
            Map<String, Object> credential = ctx.credentials().resolve(name);
            if (credential == null) throw new CredentialProblem("credential '" + name + "' not found");
            Map<?, ?> data = credential.get("data") instanceof Map<?, ?> m ? m : Map.of();
            Map<String, Object> picked = new LinkedHashMap<>();
            if (fields.get("fields") == null) {
                data.forEach((k, v) -> picked.put(String.valueOf(k), v));
            } else {
                for (Object f : ToolFields.list(fields, "fields")) {
                    // a missing field fails now rather than rendering as null in a later task
                    if (!data.containsKey(f)) throw new ConfigProblem("credential '" + name + "' has no field " + f);
                    picked.put(String.valueOf(f), data.get(f));
                }
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("credential", name);
            result.put("type", credential.get("type"));
            result.put("data", picked);
            return TaskResult.ok(result);
        } catch (ConfigProblem e) {
            return e.result();
        } catch (CredentialProblem e) {
            return TaskResult.error("auth", e.getMessage(), false);
        }
    }
}
