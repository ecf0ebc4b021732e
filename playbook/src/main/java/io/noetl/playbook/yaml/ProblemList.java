package io.noetl.playbook.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems found while converting. Most are recorded and conversion goes on, so that one answer lists them all;
 * limits end it at once, since going on is exactly what they prevent.
 */
final class ProblemList {

    /** Enough to fix a document in one go; bounds the answer when every line is wrong. */
    static final int MAX_PROBLEMS = 100;

    private final List<DocumentProblem> problems = new ArrayList<>();

    /** Records a problem and goes on (until {@value #MAX_PROBLEMS}). */
    void report(DocumentProblem problem) {
        problems.add(problem);
        if (problems.size() >= MAX_PROBLEMS) {
            throw new YamlProblems(problems, false);
        }
    }

    /** Records a problem that ends conversion: the caller throws the result. */
    YamlProblems fail(DocumentProblem problem) {
        problems.add(problem);
        return new YamlProblems(problems, false);
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new YamlProblems(problems, false);
        }
    }
}
