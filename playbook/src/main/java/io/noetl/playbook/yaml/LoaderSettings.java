package io.noetl.playbook.yaml;

import org.yaml.snakeyaml.LoaderOptions;

/** SnakeYAML options for untrusted documents. Most are backstops: GuardedParser and PlainConverter act first. */
final class LoaderSettings {

    private LoaderSettings() {
    }

    static LoaderOptions of(YamlLimits limits) {
        LoaderOptions options = new LoaderOptions();
        // PlainConverter refuses duplicates itself (with both lines); set anyway so no other use of these
        // options can silently keep the last value.
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        // A code point takes at least one UTF-8 byte, and the byte limit was checked before parsing.
        options.setCodePointLimit(limits.maxBytes());
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        options.setMergeOnCompose(false);
        // Let every tag through the composer so PlainConverter refuses non-core ones with a path and position.
        // Safe because no SnakeYAML constructor ever sees these nodes: nothing is instantiated from a tag.
        options.setTagInspector(tag -> true);
        return options;
    }
}
