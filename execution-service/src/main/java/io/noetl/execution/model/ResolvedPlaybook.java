package io.noetl.execution.model;

import io.noetl.playbook.model.Playbook;

/** A catalog entry resolved for execution: immutable, so cached by catalog_id. */
public record ResolvedPlaybook(long catalogId, String path, int version, String kind, boolean deleted, Playbook playbook) {
}
