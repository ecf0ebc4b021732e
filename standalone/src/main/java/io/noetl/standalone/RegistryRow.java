package io.noetl.standalone;

/** One ready instance in the runtime registry (noetl.runtime), as the launcher saw it. */
record RegistryRow(String kind, String name, String uri) {
}
