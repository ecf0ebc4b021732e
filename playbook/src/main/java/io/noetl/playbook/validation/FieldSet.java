package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The closed schema of one mapping (dsl.md §11 {@code unknown_field}): the keys it allows, upstream keys that
 * are now errors with a replacement ({@code legacy_dsl}), upstream keys accepted and ignored
 * ({@code ignored_field} warning) and unknown keys that deserve a hint. Immutable; each method returns a copy.
 */
final class FieldSet {

    private final String what;
    private final Set<String> allowed;
    private final Map<String, String> legacy;
    private final Map<String, String> ignored;
    private final Map<String, String> hints;

    private FieldSet(String what, Set<String> allowed, Map<String, String> legacy, Map<String, String> ignored,
            Map<String, String> hints) {
        this.what = what;
        this.allowed = allowed;
        this.legacy = legacy;
        this.ignored = ignored;
        this.hints = hints;
    }

    /** A schema for the mapping called {@code what} in messages ("step", "http tool", …). */
    static FieldSet of(String what, String... fields) {
        return new FieldSet(what, Set.of(), Map.of(), Map.of(), Map.of()).with(fields);
    }

    FieldSet with(String... fields) {
        Set<String> more = new LinkedHashSet<>(allowed);
        more.addAll(Arrays.asList(fields));
        return new FieldSet(what, more, legacy, ignored, hints);
    }

    FieldSet named(String newWhat) {
        return new FieldSet(newWhat, allowed, legacy, ignored, hints);
    }

    /** {@code field} is an older form; {@code replacement} says what to write instead. */
    FieldSet legacy(String field, String replacement) {
        return new FieldSet(what, allowed, plus(legacy, field, replacement), ignored, hints);
    }

    FieldSet ignored(String field, String why) {
        return new FieldSet(what, allowed, legacy, plus(ignored, field, why), hints);
    }

    FieldSet hint(String field, String hint) {
        return new FieldSet(what, allowed, legacy, ignored, plus(hints, field, hint));
    }

    /** Reports every key of {@code map} (at {@code path}) that this schema does not allow. */
    void check(Map<String, ?> map, String path, Findings findings) {
        String inWhat = ("aeiou".indexOf(what.charAt(0)) >= 0 ? " in an " : " in a ") + what;
        for (String key : map.keySet()) {
            String at = JsonPointer.append(path, key);
            if (allowed.contains(key)) {
                continue;
            }
            if (legacy.containsKey(key)) {
                findings.error(Codes.LEGACY_DSL, at, "'" + key + "'" + inWhat + " is an older form: " + legacy.get(key));
            } else if (ignored.containsKey(key)) {
                findings.warning(Codes.IGNORED_FIELD, at, "'" + key + "'" + inWhat + " is ignored: " + ignored.get(key));
            } else {
                String hint = hints.containsKey(key) ? "; " + hints.get(key) : Suggestions.didYouMean(key, allowed);
                findings.error(Codes.UNKNOWN_FIELD, at, "unknown field '" + key + "'" + inWhat + hint
                        + " (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    private static Map<String, String> plus(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
