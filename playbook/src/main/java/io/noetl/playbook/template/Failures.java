package io.noetl.playbook.template;

import com.hubspot.jinjava.interpret.CollectionTooBigException;
import com.hubspot.jinjava.interpret.OutputTooBigException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinjava's errors and exceptions as {@link TemplateError}s with messages for playbook authors: the undefined
 * path, the limit that was breached, or Jinjava's own syntax message without Java class names (style.md §8).
 */
final class Failures {

    private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b(?:[a-z][\\w$]*\\.)+([A-Z][\\w$]*)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern JINJAVA_SYNTAX = Pattern.compile("Syntax error in ('.*?'): (.*)");

    private Failures() {
    }

    static TemplateError of(com.hubspot.jinjava.interpret.TemplateError error, TemplateLimits limits) {
        TemplateError cause = error.getException() == null ? null : known(error.getException(), limits);
        if (cause != null) {
            return cause;
        }
        String message = clean(error.getMessage());
        return switch (error.getReason()) {
            case OUTPUT_TOO_BIG -> outputLimit(limits);
            case COLLECTION_TOO_BIG -> collectionLimit(limits);
            case DISABLED -> new TemplateError(error.getItem().name().toLowerCase(java.util.Locale.ROOT) + " " + quoted(message)
                    + " is not allowed");
            case SYNTAX_ERROR -> new TemplateError("syntax error" + (error.getLineno() > 0
                    ? " at line " + error.getLineno() : "") + syntaxDetail(message));
            default -> new TemplateError(message);
        };
    }

    /** Any failure thrown out of Jinjava, traced back to what caused it. */
    static TemplateError of(Throwable thrown, TemplateLimits limits) {
        TemplateError known = known(thrown, limits);
        if (known != null) {
            return known;
        }
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new TemplateError(clean(root.getMessage() == null ? "template failed" : root.getMessage()));
    }

    private static TemplateError known(Throwable thrown, TemplateLimits limits) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TemplateError error) {
                return error;
            }
            if (t instanceof Undefined undefined) {
                return new TemplateError(undefined.getMessage());
            }
            if (t instanceof OutputTooBigException) {
                return outputLimit(limits);
            }
            if (t instanceof CollectionTooBigException) {
                return collectionLimit(limits);
            }
            if (t instanceof StackOverflowError) {
                return new TemplateError("template nested too deeply");
            }
        }
        return null;
    }

    static TemplateError outputLimit(TemplateLimits limits) {
        return new TemplateError("output over the limit of " + limits.maxOutputBytes() + " bytes");
    }

    static TemplateError collectionLimit(TemplateLimits limits) {
        return new TemplateError("a list or map over the limit of " + limits.maxCollection() + " items");
    }

    private static String clean(String message) {
        String firstLine = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return QUALIFIED_CLASS.matcher(firstLine).replaceAll("$1");
    }

    // Jinjava says "Syntax error in '{% foo %}': Unknown tag: foo"; keep the snippet, drop the repetition.
    private static String syntaxDetail(String message) {
        Matcher snippet = JINJAVA_SYNTAX.matcher(message);
        return snippet.matches() ? " in " + snippet.group(1) + ": " + snippet.group(2) : ": " + message;
    }

    private static String quoted(String message) {
        Matcher name = QUOTED.matcher(message);
        return name.find() ? "'" + name.group(1) + "'" : message;
    }
}
