package io.noetl.execution.api;

import io.vertx.core.json.Json;
import java.nio.charset.StandardCharsets;

/** result_preview of a StepState: the (already redacted) result as JSON text of at most 1 KiB. */
final class ResultPreview {

    static final int MAX_BYTES = 1024;
    private static final String ELLIPSIS = "…";

    private ResultPreview() {
    }

    static String of(Object result) {
        if (result == null) return null;
        String text = Json.encode(result);
        if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) return text;
        // Cut by bytes, not chars, and never inside a surrogate pair; the ellipsis counts toward the limit.
        int budget = MAX_BYTES - ELLIPSIS.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + bytes > budget) break;
            cut.appendCodePoint(cp);
            used += bytes;
            i += Character.charCount(cp);
        }
        return cut.append(ELLIPSIS).toString();
    }
}
