package io.noetl.scheduler.model;

import io.noetl.platform.error.NotFound;

public class ScheduleNotFound extends NotFound {

    public ScheduleNotFound(long id) {
        super("No schedule " + id + ".");
    }
}
