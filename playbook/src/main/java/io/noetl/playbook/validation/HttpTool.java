package io.noetl.playbook.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code http} (dsl.md §6.2): a URL (or its alias), a known method, one body form, one timeout. */
final class HttpTool implements KindRules {

    private static final FieldSet FIELDS = ToolFields.COMMON.named("http tool").with("method", "url", "endpoint",
            "headers", "params", "body", "payload", "data", "json", "timeout", "follow_redirects");
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Override
    public FieldSet fields() {
        return FIELDS;
    }

    @Override
    public void check(Map<String, Object> tool, String path, ToolSite site, Context cx) {
        Findings f = cx.findings();
        String url = OneOf.exactlyOne(f, tool, path, List.of("url", "endpoint"), "an http tool needs url");
        if (url != null) {
            Types.text(f, tool.get(url), path + "/" + url, url);
        }
        method(f, tool.get("method"), path + "/method");
        Types.map(f, tool.get("headers"), path + "/headers", "headers");
        Types.map(f, tool.get("params"), path + "/params", "params (the query parameters)");
        String body = OneOf.atMostOne(f, tool, path, List.of("body", "payload", "data"));
        if (body != null && tool.get("json") != null) {
            f.error(Codes.INVALID_VALUE, path + "/json", "give json or " + body + ", not both");
        }
        if (tool.get("timeout") != null) {
            Durations.check(f, tool.get("timeout"), path + "/timeout", "timeout");
            if (tool.get("spec") instanceof Map<?, ?> spec && spec.get("timeout") != null) {
                f.error(Codes.INVALID_VALUE, path + "/timeout", "timeout is shorthand for spec.timeout; give one of them");
            }
        }
        Types.bool(f, tool.get("follow_redirects"), path + "/follow_redirects", "follow_redirects");
    }

    private static void method(Findings f, Object value, String path) {
        String method = Types.text(f, value, path, "method");
        // A templated method is only known at run time; the worker refuses a bad one then.
        if (method != null && !method.contains("{{") && !METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            f.error(Codes.INVALID_VALUE, path, "method must be one of " + String.join(", ", METHODS) + ", not '" + method + "'");
        }
    }
}
