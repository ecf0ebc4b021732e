package io.noetl.playbook.validation;

import java.util.List;
import java.util.Map;

/**
 * {@code postgres} (dsl.md §6.3): a credential in {@code auth}, exactly one of {@code command}/{@code query}.
 * Connection settings written in the tool are refused ({@code inline_connection}): they would put a password in
 * the catalog and in every command.
 */
final class PostgresTool implements KindRules {

    private static final List<String> CONNECTION = List.of("host", "port", "database", "dbname", "user", "username",
            "password", "sslmode", "connection_string", "dsn", "db_host", "db_port", "db_name", "db_user",
            "db_password", "db_sslmode", "db_conn_string");
    private static final FieldSet FIELDS = ToolFields.COMMON.named("postgres tool")
            .with("command", "query", "params", "max_rows", "transaction").with(CONNECTION.toArray(String[]::new));

    @Override
    public FieldSet fields() {
        return FIELDS;
    }

    @Override
    public void check(Map<String, Object> tool, String path, ToolSite site, Context cx) {
        Findings f = cx.findings();
        for (String field : CONNECTION) {
            if (tool.containsKey(field)) {
                f.error(Codes.INLINE_CONNECTION, path + "/" + field, "connection settings ('" + field + "') do not"
                        + " belong in a tool: register a postgres credential and name it in auth");
            }
        }
        if (tool.get("auth") == null) {
            f.error(Codes.MISSING_FIELD, path + "/auth", "a postgres tool needs auth: the name of a postgres credential");
        }
        String sql = OneOf.exactlyOne(f, tool, path, List.of("query", "command"), "a postgres tool needs query or command");
        if (sql != null) {
            Types.text(f, tool.get(sql), path + "/" + sql, sql);
        }
        Types.list(f, tool.get("params"), path + "/params", "params");
        Types.integer(f, tool.get("max_rows"), path + "/max_rows", "max_rows", 1, 10_000);
        Types.bool(f, tool.get("transaction"), path + "/transaction", "transaction");
    }
}
