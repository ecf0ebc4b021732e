package io.noetl.playbook.yaml;

/**
 * Limits applied to one untrusted YAML document before and while it is parsed.
 *
 * @param maxBytes   UTF-8 length of the text, checked before parsing (over it: {@link YamlProblems#tooLarge()})
 * @param maxDepth   nesting of mappings and sequences, the top-level mapping counting as 1
 * @param maxAliases alias uses ({@code *name}) in the whole document
 */
public record YamlLimits(int maxBytes, int maxDepth, int maxAliases) {

    public YamlLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxAliases < 0) {
            throw new IllegalArgumentException("YAML limits must be positive (maxAliases may be 0)");
        }
    }

    /** The defaults of spec/dsl.md §11: 1 MiB, depth 64, 50 aliases. */
    public static YamlLimits defaults() {
        return new YamlLimits(1_048_576, 64, 50);
    }
}
