package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.List;
import java.util.Map;

/** {@code duckdb} (dsl.md §6.5): one {@code query} (with {@code params}) or a {@code commands} script, attachments. */
final class DuckdbTool implements KindRules {

    private static final FieldSet FIELDS = ToolFields.COMMON.named("duckdb tool")
            .with("query", "commands", "params", "attach", "max_rows");
    private static final FieldSet ATTACH = FieldSet.of("duckdb attachment", "auth", "as", "read_only");

    @Override
    public FieldSet fields() {
        return FIELDS;
    }

    @Override
    public void check(Map<String, Object> tool, String path, ToolSite site, Context cx) {
        Findings f = cx.findings();
        String sql = OneOf.exactlyOne(f, tool, path, List.of("query", "commands"), "a duckdb tool needs query or commands");
        if (sql != null) {
            Types.text(f, tool.get(sql), path + "/" + sql, sql);
        }
        if ("commands".equals(sql) && tool.get("params") != null) {
            f.error(Codes.INVALID_VALUE, path + "/params", "params bind to a single query, not to commands");
        }
        Types.list(f, tool.get("params"), path + "/params", "params");
        Types.integer(f, tool.get("max_rows"), path + "/max_rows", "max_rows", 1, 10_000);
        List<Object> attach = Types.list(f, tool.get("attach"), path + "/attach", "attach");
        for (int i = 0; attach != null && i < attach.size(); i++) {
            attachment(f, attach.get(i), JsonPointer.append(path + "/attach", i));
        }
    }

    private static void attachment(Findings f, Object item, String path) {
        Map<String, Object> attachment = Types.mapItem(f, item, path, "an attachment {auth, as, read_only}");
        if (attachment == null) {
            return;
        }
        ATTACH.check(attachment, path, f);
        for (String field : List.of("auth", "as")) {
            if (attachment.get(field) == null) {
                f.error(Codes.MISSING_FIELD, path + "/" + field, "an attachment needs " + field);
            }
            Types.text(f, attachment.get(field), path + "/" + field, field);
        }
        Types.bool(f, attachment.get("read_only"), path + "/read_only", "read_only");
    }
}
