package io.noetl.catalog.service;

import java.util.Locale;
import java.util.Map;

/** Lower-cases kinds and maps upstream aliases (api.md §3.1) onto the names in `resource`. */
final class ResourceKinds {

    private static final Map<String, String> ALIASES = Map.of(
            "credentials", "credential", "secret", "credential", "secrets", "credential", "playbooks", "playbook");

    private ResourceKinds() {
    }

    static String canonical(String kind) {
        String lower = kind.trim().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(lower, lower);
    }
}
