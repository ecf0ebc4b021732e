package io.noetl.playbook.model;

/** One admission rule (dsl.md §4.6): when {@code when} is true, the run is allowed or skipped. */
public record AdmitRule(String when, boolean allow) {
}
