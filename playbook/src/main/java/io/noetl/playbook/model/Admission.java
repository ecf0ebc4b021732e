package io.noetl.playbook.model;

import java.util.List;

/**
 * {@code spec.policy.admit} (dsl.md §4.6): the first matching rule decides; {@code otherwise} is the
 * {@code else} rule's decision, {@code null} when there is none. No match means allowed.
 */
public record Admission(List<AdmitRule> rules, Boolean otherwise) {

    public Admission {
        rules = List.copyOf(rules);
    }
}
