package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The root {@code keychain} (dsl.md §10): unique names, a known kind, and the fields that kind uses. */
final class KeychainRules {

    private static final FieldSet ENTRY = FieldSet.of("keychain entry", "name", "kind", "scope", "data",
            "credential", "params", "ttl");
    private static final Map<String, Set<String>> FIELDS_BY_KIND = Map.of(
            "static", Set.of("data"),
            "credential_ref", Set.of("credential"),
            "oauth2", Set.of("credential", "params", "ttl"));
    private static final Set<String> KIND_FIELDS = Set.of("data", "credential", "params", "ttl");

    private final Findings f;
    private final Object keychain;

    KeychainRules(Context cx) {
        this.f = cx.findings();
        this.keychain = cx.index().root.get("keychain");
    }

    void check() {
        List<Object> entries = Types.list(f, keychain, "/keychain", "keychain");
        Duplicates names = new Duplicates(f, "keychain entry");
        for (int i = 0; entries != null && i < entries.size(); i++) {
            String path = JsonPointer.append("/keychain", i);
            Map<String, Object> entry = Types.mapItem(f, entries.get(i), path, "a keychain entry");
            if (entry != null) {
                ENTRY.check(entry, path, f);
                names.see(name(entry, path), JsonPointer.append(path, "name"));
                kind(entry, path);
                Types.oneOf(f, entry.get("scope"), path + "/scope", "scope", List.of("local", "shared", "global"));
            }
        }
    }

    private String name(Map<String, Object> entry, String path) {
        if (entry.get("name") == null) {
            f.error(Codes.MISSING_FIELD, path + "/name", "a keychain entry needs a name");
            return null;
        }
        return Names.check(f, entry.get("name"), path + "/name", "keychain name", true);
    }

    private void kind(Map<String, Object> entry, String path) {
        if (entry.get("kind") == null) {
            f.error(Codes.MISSING_FIELD, path + "/kind", "a keychain entry needs a kind: static, credential_ref or oauth2");
            return;
        }
        String kind = Types.oneOf(f, entry.get("kind"), path + "/kind", "keychain kind",
                List.of("static", "credential_ref", "oauth2"));
        if (kind == null) {
            return;
        }
        Set<String> fields = FIELDS_BY_KIND.get(kind);
        for (String field : KIND_FIELDS) {
            if (entry.get(field) != null && !fields.contains(field)) {
                f.error(Codes.INVALID_VALUE, path + "/" + field, "'" + field + "' does not apply to keychain kind " + kind);
            }
        }
        String required = kind.equals("static") ? "data" : "credential";
        if (entry.get(required) == null) {
            f.error(Codes.MISSING_FIELD, path + "/" + required, "keychain kind " + kind + " needs " + required);
        }
        Types.map(f, entry.get("data"), path + "/data", "data");
        Types.text(f, entry.get("credential"), path + "/credential", "credential");
        Types.map(f, entry.get("params"), path + "/params", "params");
        if (entry.get("ttl") != null) {
            Durations.check(f, entry.get("ttl"), path + "/ttl", "ttl");
        }
    }
}
