package io.noetl.playbook.validation;

import io.noetl.playbook.template.TemplateSyntax;
import java.util.Optional;

/**
 * A stand-in for the template engine's syntax check: flags text whose {@code {{ }}} or {@code {% %}} do not
 * pair up. Validation only needs "is there a problem, and which sentence"; the real parser has its own tests.
 */
final class BalancedTemplates implements TemplateSyntax {

    @Override
    public Optional<String> problem(String text) {
        if (count(text, "{{") != count(text, "}}") || count(text, "{%") != count(text, "%}")) {
            return Optional.of("unbalanced");
        }
        return Optional.empty();
    }

    private static int count(String text, String token) {
        int n = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
            n++;
        }
        return n;
    }
}
