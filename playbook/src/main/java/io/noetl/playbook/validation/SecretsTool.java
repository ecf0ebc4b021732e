package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.List;
import java.util.Map;

/** {@code secrets} (dsl.md §6.8): the credential to read ({@code credential}, alias {@code auth}) and optional fields. */
final class SecretsTool implements KindRules {

    private static final FieldSet FIELDS = ToolFields.COMMON.named("secrets tool").with("credential", "fields");

    @Override
    public FieldSet fields() {
        return FIELDS;
    }

    @Override
    public void check(Map<String, Object> tool, String path, ToolSite site, Context cx) {
        Findings f = cx.findings();
        String credential = OneOf.exactlyOne(f, tool, path, List.of("credential", "auth"),
                "a secrets tool needs credential: the name of a stored credential");
        if ("credential".equals(credential)) {             // auth is checked with the common fields
            Types.text(f, tool.get(credential), path + "/credential", "credential");
        }
        List<Object> fields = Types.list(f, tool.get("fields"), path + "/fields", "fields");
        for (int i = 0; fields != null && i < fields.size(); i++) {
            Types.textItem(f, fields.get(i), JsonPointer.append(path + "/fields", i), "a field name");
        }
    }
}
