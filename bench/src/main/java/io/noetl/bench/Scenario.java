package io.noetl.bench;

/** One benchmark of performance.md; it reports figures through {@link Run#report()} and asserts nothing. */
interface Scenario {

    String name();

    /** W, the worker processes it runs with unless --workers says otherwise. */
    int defaultWorkers();

    /** Slots per worker unless --slots says otherwise. */
    int defaultSlots();

    void run(Run run) throws Exception;
}
