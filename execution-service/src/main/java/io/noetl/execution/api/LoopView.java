package io.noetl.execution.api;

import io.noetl.execution.model.LoopCounts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** loop {total, done, failed} of a loop step's current run. */
@Schema(name = "LoopProgress")
public record LoopView(int total, int done, int failed) {

    static LoopView from(LoopCounts counts) {
        return counts == null ? null : new LoopView(counts.total(), counts.done(), counts.failed());
    }
}
