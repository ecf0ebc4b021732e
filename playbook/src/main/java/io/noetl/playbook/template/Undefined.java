package io.noetl.playbook.template;

/**
 * A variable, key or index the data does not have (dsl.md §5.1, strict undefined). Thrown while an expression is
 * evaluated and turned into a {@link TemplateError} unless the name is the operand of {@code is defined},
 * {@code is undefined} or {@code default} ({@link LenientOperand}).
 *
 * <p>It extends {@link IllegalArgumentException} on purpose: before calling {@code x.items()} Jinjava probes for a
 * key {@code items} and takes that exception as "no such key, call the method instead".
 */
final class Undefined extends IllegalArgumentException {

    private final String path;

    Undefined(String path) {
        super("undefined variable '" + path + "'");
        this.path = path;
    }

    /** The expression as written up to the missing part, such as {@code fetch.data.itms}. */
    String path() {
        return path;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;        // control flow inside one render; a stack would cost more than the lookup
    }
}
