package io.noetl.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a service's configuration reads: every `${VAR}` or `${VAR:default}` in the
 * platform's shared properties and the service's application.properties (profile-specific lines such
 * as `%test.` are left out: they never run in a cluster).
 */
final class ConfigReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    static final String PLATFORM = "platform/src/main/resources/META-INF/microprofile-config.properties";

    private ConfigReferences() {
    }

    /** Variable → its default; an empty Optional when there is none or it is empty (so it must be set). */
    static Map<String, Optional<String>> of(String service) {
        Map<String, Optional<String>> refs = new LinkedHashMap<>();
        collect(Repo.read(PLATFORM), refs);
        collect(Repo.read(service + "/src/main/resources/application.properties"), refs);
        return refs;
    }

    private static void collect(String properties, Map<String, Optional<String>> refs) {
        properties.lines().map(String::strip).filter(l -> !l.startsWith("#") && !l.startsWith("%")).forEach(line -> {
            Matcher m = REFERENCE.matcher(line);
            while (m.find()) {
                Optional<String> def = Optional.ofNullable(m.group(2)).filter(d -> !d.isEmpty());
                refs.merge(m.group(1), def, (a, b) -> a.isPresent() ? a : b);
            }
        });
    }
}
