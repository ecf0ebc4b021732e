package io.noetl.playbook.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line {@code # expect: <severity> <code> <path> <line> ["message fragment"]} at the end of an invalid
 * fixture. Kept at the end so that writing expectations never moves the lines they talk about.
 */
record ExpectedFinding(String severity, String code, String path, int line, String fragment) {

    private static final Pattern LINE = Pattern.compile(
            "#\\s*expect:\\s*(error|warning)\\s+(\\S+)\\s+(\\S+)\\s+(\\d+)(?:\\s+\"(.*)\")?\\s*");

    static List<ExpectedFinding> in(String fixtureText) {
        List<ExpectedFinding> expected = new ArrayList<>();
        for (String line : fixtureText.split("\n")) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                expected.add(new ExpectedFinding(m.group(1), m.group(2), m.group(3), Integer.parseInt(m.group(4)), m.group(5)));
            }
        }
        return expected;
    }

    /** What the test compares: everything but the message. */
    String key() {
        return severity + " " + code + " " + path + " " + line;
    }

    static String key(Finding finding) {
        return finding.severity() + " " + finding.code() + " " + finding.path() + " " + finding.line();
    }
}
