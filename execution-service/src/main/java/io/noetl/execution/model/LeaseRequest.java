package io.noetl.execution.model;

import java.time.Duration;
import java.util.List;

/** A validated request to lease up to {@code max} due commands of {@code pools}, waiting up to {@code longPoll}. */
public record LeaseRequest(String workerId, List<String> pools, int max, Duration lease, Duration longPoll) {
}
