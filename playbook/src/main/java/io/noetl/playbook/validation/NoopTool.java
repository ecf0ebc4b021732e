package io.noetl.playbook.validation;

import java.util.Map;

/** {@code noop} (dsl.md §6.1): its result is its rendered {@code args}; nothing beyond the common fields. */
final class NoopTool implements KindRules {

    private static final FieldSet FIELDS = ToolFields.COMMON.named("noop tool");

    @Override
    public FieldSet fields() {
        return FIELDS;
    }

    @Override
    public void check(Map<String, Object> tool, String path, ToolSite site, Context cx) {
        // Only the common fields, already checked.
    }
}
