package io.noetl.execution.api;

import io.noetl.platform.model.LeaseRenewal;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Timestamps;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of a heartbeat: the lease's new end and whether the worker should stop (cancel or execution over). */
@Schema(name = "HeartbeatResult")
public record HeartbeatView(String commandId, long leaseToken, String leaseUntil, boolean cancelRequested) {

    static HeartbeatView of(LeaseRenewal r) {
        return new HeartbeatView(Ids.wire(r.commandId()), r.leaseToken(), Timestamps.wire(r.leaseUntil()), r.cancelRequested());
    }
}
