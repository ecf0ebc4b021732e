package io.noetl.playbook.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean …" for misspelt step, task and field names: candidates within a small edit distance. */
final class Suggestions {

    private static final int MAX_SUGGESTIONS = 3;

    private Suggestions() {
    }

    /** {@code "; did you mean 'greet'?"}, or empty text when nothing is close. */
    static String didYouMean(String name, Collection<String> candidates) {
        List<String> close = close(name, candidates);
        if (close.isEmpty()) {
            return "";
        }
        return "; did you mean " + String.join(" or ", close.stream().map(c -> "'" + c + "'").toList()) + "?";
    }

    static List<String> close(String name, Collection<String> candidates) {
        String wanted = name.toLowerCase(Locale.ROOT);
        // A third of the length, at least one edit ('fetch' ~ 'fecth'); names under three letters only match
        // up to case, or 'a' would suggest every one-letter step.
        int budget = wanted.length() < 3 ? 0 : Math.max(1, wanted.length() / 3);
        return candidates.stream().distinct()
                .filter(c -> !c.equals(name))
                .map(c -> new Scored(c, distance(wanted, c.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.distance() <= budget)
                .sorted(Comparator.comparingInt(Scored::distance))
                .limit(MAX_SUGGESTIONS).map(Scored::candidate).toList();
    }

    private record Scored(String candidate, int distance) {
    }

    /**
     * Edit distance counting a swap of two neighbours as one edit (optimal string alignment), since swapped
     * letters are the commonest typo ('fecth'). Names are short, so the quadratic table is fine.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
