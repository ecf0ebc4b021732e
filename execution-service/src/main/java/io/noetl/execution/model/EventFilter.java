package io.noetl.execution.model;

import java.util.List;

/** Filters and order of an events page: only ids above sinceEventId, only these types (empty = all). */
public record EventFilter(Long sinceEventId, List<String> types, boolean ascending) {

    public EventFilter {
        types = types == null ? List.of() : List.copyOf(types);
    }

    public static EventFilter newestFirst() {
        return new EventFilter(null, List.of(), false);
    }
}
