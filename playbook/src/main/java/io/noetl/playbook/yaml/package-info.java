/**
 * Safe YAML loading for playbooks (spec/reliability.md §4, spec/dsl.md §11): {@link io.noetl.playbook.yaml.SafeYaml}
 * turns one untrusted YAML document into plain JSON-like values plus the line and column of every value.
 *
 * <p>SnakeYAML only scans, parses and composes nodes here; its constructors never run, so no YAML tag can name a
 * Java class to instantiate. The values are built by {@code PlainConverter}, which is also where duplicate keys,
 * non-core tags and expanded alias sizes are refused.
 */
package io.noetl.playbook.yaml;
