/**
 * Template rendering for playbooks (spec/dsl.md §5): {@link io.noetl.playbook.template.TemplateEngine} renders
 * values with HubSpot Jinjava and checks template syntax for validation
 * ({@link io.noetl.playbook.template.TemplateSyntax}).
 *
 * <p>Jinjava is used with its own grammar but not with its own lookups. {@code StrictParser} builds expression
 * trees whose names and {@code a.b}/{@code a[b]} steps fail on missing data, except under {@code is defined},
 * {@code is undefined} and {@code default}; {@code DataResolver} is the only way into values and reaches no Java
 * method; {@code RenderInterpreter} stops at the first error and at the render deadline. Everything here is
 * package-private except the engine, its limits and its error.
 */
package io.noetl.playbook.template;
