package io.noetl.playbook.yaml;

import java.util.List;

/**
 * Thrown when a YAML document is refused. The service answers 413 when {@link #tooLarge()}, else 422 with
 * {@link #problems()} as {@code errors[]}. It is an expected outcome of bad input, so it carries no stack trace.
 */
public final class YamlProblems extends RuntimeException {

    private final transient List<DocumentProblem> problems;
    private final boolean tooLarge;

    public YamlProblems(List<DocumentProblem> problems, boolean tooLarge) {
        super(summary(problems), null, false, false);
        this.problems = List.copyOf(problems);
        this.tooLarge = tooLarge;
    }

    static YamlProblems of(DocumentProblem problem) {
        return new YamlProblems(List.of(problem), false);
    }

    /** True only for the document size limit, which is checked before parsing. */
    public boolean tooLarge() {
        return tooLarge;
    }

    /** At least one problem, in document order where the order is known. */
    public List<DocumentProblem> problems() {
        return problems;
    }

    private static String summary(List<DocumentProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("YamlProblems needs at least one problem");
        }
        DocumentProblem first = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return "'" + first.path() + "': " + first.message() + more;
    }
}
