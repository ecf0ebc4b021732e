package io.noetl.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of catalog-service. Env vars: NOETL_CATALOG_*. */
@ConfigMapping(prefix = "noetl.catalog")
public interface CatalogConfig {

    Limits limits();

    interface Limits {
        /** Largest playbook document accepted on register, in bytes of YAML (after base64 decoding). */
        @WithDefault("1048576")
        int documentBytes();

        /** Largest JSON register body (the document travels inside it, possibly base64-encoded). */
        @WithDefault("1572864")
        int registerBodyBytes();

        /** Deepest YAML nesting accepted; real playbooks stay far below it. */
        @WithDefault("64")
        int yamlDepth();

        /** Most YAML aliases in one document, which stops alias bombs early. */
        @WithDefault("50")
        int yamlAliases();
    }
}
