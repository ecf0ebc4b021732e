package io.noetl.playbook.yaml;

import org.yaml.snakeyaml.reader.StreamReader;

/** Checks on the raw text that run before SnakeYAML sees it. */
final class TextChecks {

    private TextChecks() {
    }

    /** UTF-8 length without encoding a copy: the limit is on bytes as stored, the text is already a String. */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * The first character YAML does not allow (NUL and other control characters, lone surrogates,
     * U+FFFE/U+FFFF) as a problem, or null. SnakeYAML refuses them too, but reports only a character offset;
     * scanning here gives the author a line and column.
     */
    static DocumentProblem firstForbidden(String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                return ProblemMessages.forbiddenCharacter(c, new Position(line, column));
            }
            i += Character.charCount(c);
            boolean crlf = c == '\r' && i < text.length() && text.charAt(i) == '\n';
            if (isLineBreak(c) && !crlf) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return null;
    }

    // The line breaks SnakeYAML counts (YAML 1.1 includes NEL and the Unicode separators).
    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
