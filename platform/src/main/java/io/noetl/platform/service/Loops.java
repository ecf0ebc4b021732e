package io.noetl.platform.service;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

/**
 * What every timer-driven pass does with its outcome: a failed pass logs one WARN and waits for the
 * next tick (the timer must never die), a pass that touched rows logs at DEBUG.
 */
public final class Loops {

    private static final Logger LOG = Logger.getLogger(Loops.class);

    private Loops() {
    }

    public static Uni<Void> tick(String loop, Uni<Integer> pass) {
        return pass
                .invoke(n -> {
                    if (n > 0) LOG.debugf("%s: %d row(s)", loop, n);
                })
                .onFailure().invoke(e -> LOG.warnf("%s pass failed, retrying at the next tick: %s", loop, e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
