/**
 * The playbook language (spec/dsl.md): {@link io.noetl.playbook.PlaybookValidator} validates and normalizes a
 * document loaded by {@code yaml.SafeYaml}; {@code model} holds the canonical playbook; {@code template} renders.
 * Plain Java, no I/O: shared by catalog, execution and worker services.
 */
package io.noetl.playbook;
