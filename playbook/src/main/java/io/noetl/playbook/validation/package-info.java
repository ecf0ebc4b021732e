/**
 * Validation and normalization of playbooks (spec/dsl.md §11). {@link io.noetl.playbook.validation.Validation}
 * runs one small rule family per concern ({@code TopLevelRules}, {@code StepRules}, {@code NextRules},
 * {@code ToolRules} with one class per tool kind, {@code LoopRules}, {@code StepSpecRules}, {@code TemplateRules},
 * {@code GraphRules}, …) over the document as written, so every finding carries a JSON Pointer to what the author
 * wrote; then, only for a document without errors, {@code Normalizer} writes the canonical form. Rules never stop
 * at the first problem and never throw on malformed input: each checks the shape it reads.
 */
package io.noetl.playbook.validation;
