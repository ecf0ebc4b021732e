package io.noetl.playbook.template;

/**
 * A template that could not be rendered: an undefined variable, a syntax error, a refused construct or a breached
 * limit (dsl.md §5.1). The message names the problem and, once it leaves {@link TemplateEngine}, where it happened.
 * Rendering the same template against the same data fails the same way, so it is never retryable.
 */
public final class TemplateError extends RuntimeException {

    TemplateError(String message) {
        // No stack trace: this is an outcome reported to playbook authors, not a bug in the platform.
        super(message, null, false, false);
    }

    /** The error kind of outcomes and events (dsl.md §4.2). */
    public String kind() {
        return "template";
    }

    public boolean retryable() {
        return false;
    }

    /** The same problem, located for the author: "undefined variable 'x' in step 'save' at tool.params[1]". */
    TemplateError in(String where) {
        return where == null || where.isBlank() ? this : new TemplateError(getMessage() + " in " + where);
    }
}
