package io.noetl.platform.model;

/**
 * The answer to claiming one named command (api.md §4.4). {@code command} is set for {@link Kind#LEASED},
 * {@link Kind#ALREADY_OURS}, {@link Kind#ACTIVE_CLAIM}, {@link Kind#NOT_READY} and {@link Kind#TERMINAL};
 * {@code waitSeconds} says, by the database clock, when trying again may succeed (lease end or due time).
 */
public record ClaimOutcome(Kind kind, LeasedCommand command, String executionStatus, long waitSeconds) {

    public enum Kind {
        /** It was PENDING and due: leased now, with a new attempt and token. */
        LEASED,
        /** Already leased to the same worker: the same lease, no new attempt. */
        ALREADY_OURS,
        /** Leased to another worker until {@code waitSeconds} from now. */
        ACTIVE_CLAIM,
        /** PENDING but due only {@code waitSeconds} from now. */
        NOT_READY,
        /** The command, or its execution, is finished or being cancelled. */
        TERMINAL,
        NOT_FOUND
    }

    public static ClaimOutcome notFound() {
        return new ClaimOutcome(Kind.NOT_FOUND, null, null, 0);
    }
}
