package io.noetl.standalone;

import java.util.List;

/** The platform did not come up; {@code suspects} are the services whose log tails explain why. */
final class StartupFailed extends Exception {

    private final transient List<ServiceProcess> suspects;

    StartupFailed(String message, List<ServiceProcess> suspects) {
        super(message);
        this.suspects = List.copyOf(suspects);
    }

    List<ServiceProcess> suspects() {
        return suspects;
    }
}
