package io.noetl.playbook.yaml;

import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML 1.1 implicit typing as upstream's PyYAML safe loader does it (so {@code yes}/{@code on} are booleans,
 * spec/dsl.md §11), minus timestamps: {@code 2024-01-01} stays the string the author wrote, because playbooks
 * pass dates on as text (templates, SQL parameters) and the document must hold only JSON-like values.
 */
final class CoreResolver extends Resolver {

    @Override
    protected void addImplicitResolvers() {
        // Same patterns and first characters as SnakeYAML's Resolver; INT must come before FLOAT.
        addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
        addImplicitResolver(Tag.INT, INT, "-+0123456789");
        addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
        addImplicitResolver(Tag.MERGE, MERGE, "<");
        addImplicitResolver(Tag.NULL, NULL, "~nN\0");
        addImplicitResolver(Tag.NULL, EMPTY, null);
        // Left out: TIMESTAMP (see above) and YAML ("!", "&", "*" as plain text), which would need a constructor.
    }
}
