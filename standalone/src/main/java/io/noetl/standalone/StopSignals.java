package io.noetl.standalone;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM stop the platform in order: services first, while their database is still
 * up so they can deregister, then PostgreSQL. A plain shutdown hook cannot promise that order, because
 * the embedded PostgreSQL registers a hook of its own and JVM hooks run concurrently; so these two signals
 * get handlers (sun.misc.Signal, in the jdk.unsupported module of every JDK) that stop everything and then
 * exit. A second Ctrl-C kills the services at once. The shutdown hook stays as the fallback for any other
 * way the JVM ends (SIGHUP, an exit elsewhere), where a concurrent stop is still better than orphans.
 */
final class StopSignals {

    private StopSignals() {
    }

    static void install(Supervisor supervisor, PrintStream out) {
        Runtime.getRuntime().addShutdownHook(new Thread(supervisor::stopAll, "noetl-standalone-stop"));
        AtomicInteger received = new AtomicInteger();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> onSignal(signal, received, supervisor, out));
            } catch (IllegalArgumentException e) {
                out.println("Note: cannot handle SIG" + name + " here; the shutdown hook will stop the platform.");
            }
        }
    }

    private static void onSignal(Signal signal, AtomicInteger received, Supervisor supervisor, PrintStream out) {
        if (received.incrementAndGet() > 1) {
            out.println("\nSIG" + signal.getName() + " again: killing the services now.");
            supervisor.killAll();
            return;
        }
        // Handlers run on their own thread, so the stop neither blocks nor races the main thread.
        try {
            supervisor.stopAll();
        } finally {
            System.exit(128 + signal.getNumber());
        }
    }
}
