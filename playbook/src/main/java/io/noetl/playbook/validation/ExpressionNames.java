package io.noetl.playbook.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a template reads some top-level names ({@code keychain}, {@code _prev}, …) by a scan of its
 * {@code {{ }}} and {@code {% %}} blocks, with string literals blanked so that {@code "keychain"} in quotes is
 * not a reference. A scan, not a parse: the syntax check already ran, and a name shadowed by a Jinja
 * {@code set} or {@code for} variable of the same name is not worth a parser here.
 */
final class ExpressionNames {

    /**
     * A reference to {@code root}; {@code member} is the name read from it ({@code keychain.api.token} →
     * {@code api}), null when the template reads the root itself or through a computed key.
     */
    record Reference(String root, String member) {
    }

    private static final Pattern BLOCK = Pattern.compile("\\{\\{(.*?)}}|\\{%(.*?)%}", Pattern.DOTALL);
    private static final Pattern DOT_MEMBER = Pattern.compile("\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern KEY_MEMBER = Pattern.compile("\\s*\\[\\s*(['\"])");

    private ExpressionNames() {
    }

    static List<Reference> scan(String text, Set<String> roots) {
        Pattern name = Pattern.compile("(?<![A-Za-z0-9_.])(" + String.join("|", roots) + ")(?![A-Za-z0-9_])");
        List<Reference> references = new ArrayList<>();
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            String code = block.group(1) != null ? block.group(1) : block.group(2);
            String blank = blankStrings(code);
            Matcher found = name.matcher(blank);
            while (found.find()) {
                references.add(new Reference(found.group(1), member(code, blank, found.end())));
            }
        }
        return references;
    }

    private static String member(String code, String blank, int at) {
        Matcher dot = DOT_MEMBER.matcher(blank).region(at, blank.length());
        if (dot.lookingAt()) {
            return dot.group(1);
        }
        Matcher key = KEY_MEMBER.matcher(blank).region(at, blank.length());
        if (key.lookingAt()) {
            int start = key.end();
            int end = blank.indexOf(key.group(1), start);
            return end < 0 ? null : code.substring(start, end);     // same offsets: blanking keeps lengths
        }
        return null;
    }

    /** {@code code} with the characters inside quotes replaced by spaces; quotes and lengths are kept. */
    static String blankStrings(String code) {
        StringBuilder out = new StringBuilder(code.length());
        char quote = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote == 0) {
                quote = c == '\'' || c == '"' ? c : 0;
                out.append(c);
            } else if (c == quote) {
                quote = 0;
                out.append(c);
            } else if (c == '\\' && i + 1 < code.length()) {
                out.append("  ");
                i++;
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
