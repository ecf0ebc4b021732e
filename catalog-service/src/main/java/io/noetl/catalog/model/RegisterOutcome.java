package io.noetl.catalog.model;

import io.noetl.platform.error.FieldError;
import java.util.List;

/** What a registration did: a new version, or the latest one when the content was identical. */
public record RegisterOutcome(CatalogEntry entry, boolean unchanged, List<FieldError> warnings) {
}
