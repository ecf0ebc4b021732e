package io.noetl.execution.model;

/** Iterations of a loop step's current run: how many there are, how many finished, how many failed. */
public record LoopCounts(int total, int done, int failed) {

    public static final LoopCounts NONE = new LoopCounts(0, 0, 0);
}
