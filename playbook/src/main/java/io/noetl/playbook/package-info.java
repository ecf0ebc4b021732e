/**
 * The playbook language (spec/dsl.md): model, YAML loading, validation and templating. Filled in by the
 * "Playbook language library and catalog-service" issue; empty until then.
 */
package io.noetl.playbook;
