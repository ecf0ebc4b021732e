package io.noetl.worker.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A result path of {@code output.select} (dsl.md §6): {@code $.a.b[0]}, {@code a.b}, {@code $['odd key']}, the
 * leading {@code $} optional. The playbook validator already refused malformed paths; reading one that does
 * not exist in the result throws {@link Missing}.
 */
final class ResultPath {

    static final class Missing extends RuntimeException {
        Missing(String message) {
            super(message);
        }
    }

    private ResultPath() {
    }

    static Object read(Object root, String path) {
        Object at = root;
        String walked = "$";
        for (Object key : parse(path)) {
            if (key instanceof Integer i && at instanceof List<?> list && i < list.size()) at = list.get(i);
            else if (key instanceof String k && at instanceof Map<?, ?> map && map.containsKey(k)) at = map.get(k);
            else throw new Missing("output.select: the result has no " + walked + describe(key));
            walked += describe(key);
        }
        return at;
    }

    private static String describe(Object key) {
        return key instanceof Integer i ? "[" + i + "]" : "." + key;
    }

    /** The keys of a path: strings for names, integers for indexes. */
    static List<Object> parse(String path) {
        List<Object> keys = new ArrayList<>();
        int i = path.startsWith("$") ? 1 : 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[' && (path.charAt(i + 1) == '\'' || path.charAt(i + 1) == '"')) {
                int end = path.indexOf(path.charAt(i + 1) + "]", i + 2);
                keys.add(path.substring(i + 2, end));
                i = end + 2;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                keys.add(Integer.parseInt(path.substring(i + 1, end)));
                i = end + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') end++;
                keys.add(path.substring(i, end));
                i = end;
            }
        }
        return keys;
    }
}
