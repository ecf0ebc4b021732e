/**
 * The canonical playbook model (spec/dsl.md §2–§10) as immutable records. A registered playbook has one shape
 * here whatever shorthand its author used: {@code next} is always a {@link io.noetl.playbook.model.Next} with
 * arcs, a step's tool is always a {@link io.noetl.playbook.model.Pipeline} of named tasks, durations are
 * {@link java.time.Duration}s. {@link io.noetl.playbook.model.PlaybookReader} builds it from the normalized
 * document that validation produces and the catalog stores as {@code payload}.
 */
package io.noetl.playbook.model;
