package io.noetl.worker.tool;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** ToolContexts for tests: a timeout, a cancellation flag and credentials from a map. */
final class Contexts {

    private Contexts() {
    }

    static ToolContext none() {
        return new ToolContext(Optional.empty(), () -> false, credentials(Map.of()));
    }

    static ToolContext timeout(Duration timeout) {
        return new ToolContext(Optional.of(timeout), () -> false, credentials(Map.of()));
    }

    static ToolContext cancelledWhen(BooleanSupplier cancelled) {
        return new ToolContext(Optional.of(Duration.ofSeconds(30)), cancelled, credentials(Map.of()));
    }

    static ToolContext withCredentials(Map<String, Map<String, Object>> byName) {
        return new ToolContext(Optional.empty(), () -> false, credentials(byName));
    }

    /** Like catalog-service: an unknown name is a CredentialProblem. */
    static CredentialSource credentials(Map<String, Map<String, Object>> byName) {
        return name -> {
            Map<String, Object> credential = byName.get(name);
            if (credential == null) {
                throw new CredentialSource.CredentialProblem("credential '" + name + "' was not found");
            }
            return credential;
        };
    }

    static Map<String, Object> credential(String name, String type, Map<String, Object> data) {
        return Map.of("name", name, "type", type, "data", data);
    }
}
