package io.noetl.playbook.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link Playbook} from a normalized document: the {@code normalized} map of a validation result, or
 * the catalog's stored {@code payload}, so services that load a registered playbook get the same records as
 * validation. It does not validate: give it only documents that validation normalized.
 */
public final class PlaybookReader {

    private static final Set<String> METADATA_KEYS = Set.of("name", "path", "version", "description", "labels", "tags");

    private PlaybookReader() {
    }

    public static Playbook read(Map<String, Object> normalized) {
        Map<String, Object> executor = Maps.map(Maps.map(normalized.get("executor")).get("spec"));
        return new Playbook(Maps.text(normalized.get("apiVersion")), metadata(Maps.map(normalized.get("metadata"))),
                new ExecutorSpec(Maps.text(executor.get("entry_step")), Maps.text(executor.get("final_step")),
                        Boolean.TRUE.equals(executor.get("no_next_is_error"))),
                Maps.map(normalized.get("workload")),
                Maps.list(normalized.get("keychain")).stream().map(e -> keychain(Maps.map(e))).toList(),
                Maps.list(normalized.get("workbook")).stream().map(e -> workbook(Maps.map(e))).toList(),
                Maps.list(normalized.get("workflow")).stream().map(s -> StepReader.step(Maps.map(s))).toList());
    }

    private static Metadata metadata(Map<String, Object> m) {
        Map<String, String> labels = new LinkedHashMap<>();
        Maps.map(m.get("labels")).forEach((key, value) -> labels.put(key, String.valueOf(value)));
        List<String> tags = Maps.list(m.get("tags")).stream().map(String::valueOf).toList();
        Map<String, Object> extra = new LinkedHashMap<>(m);
        extra.keySet().removeAll(METADATA_KEYS);
        Object version = m.get("version");
        return new Metadata(Maps.text(m.get("name")), Maps.text(m.get("path")),
                version == null ? null : String.valueOf(version), Maps.text(m.get("description")), labels, tags, extra);
    }

    private static KeychainEntry keychain(Map<String, Object> e) {
        return new KeychainEntry(Maps.text(e.get("name")),
                Wire.parse(KeychainEntry.Kind.class, Maps.text(e.get("kind"))),
                Wire.parse(KeychainEntry.Scope.class, Maps.text(e.get("scope"))),
                Maps.map(e.get("data")), Maps.text(e.get("credential")), Maps.map(e.get("params")),
                Seconds.orNull(e.get("ttl")));
    }

    private static WorkbookTask workbook(Map<String, Object> e) {
        return new WorkbookTask(Maps.text(e.get("name")), Maps.text(e.get("desc")), StepReader.tool(Maps.map(e.get("tool"))));
    }
}
