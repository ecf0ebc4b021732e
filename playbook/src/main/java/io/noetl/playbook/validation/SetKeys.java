package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keys of {@code set} (dsl.md §5.3): {@code ctx.<name>[.<name>…]}; task policies may also write the command's
 * scratch values under {@code iter.*}. Segments are identifiers because templates read them back as
 * {@code ctx.a.b}.
 */
final class SetKeys {

    private static final Pattern CTX = Pattern.compile("ctx(\\.[A-Za-z_][A-Za-z0-9_]*)+");
    private static final Pattern CTX_OR_ITER = Pattern.compile("(ctx|iter)(\\.[A-Za-z_][A-Za-z0-9_]*)+");

    private SetKeys() {
    }

    static void check(Findings f, Object set, String path, boolean iterAllowed) {
        Map<String, Object> map = Types.map(f, set, path, "set");
        if (map == null) {
            return;
        }
        Pattern allowed = iterAllowed ? CTX_OR_ITER : CTX;
        String expected = iterAllowed ? "ctx.<name> or iter.<name>" : "ctx.<name>";
        for (String key : map.keySet()) {
            if (!allowed.matcher(key).matches()) {
                f.error(Codes.INVALID_SET_KEY, JsonPointer.append(path, key), "set key '" + key + "' must be "
                        + expected + " (dotted identifiers, e.g. ctx.total)");
            }
        }
    }
}
