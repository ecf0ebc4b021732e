package io.noetl.standalone;

/** The command line is wrong: {@link Main} prints the message and the usage, then exits with 2. */
final class UsageError extends Exception {

    UsageError(String message) {
        super(message);
    }
}
