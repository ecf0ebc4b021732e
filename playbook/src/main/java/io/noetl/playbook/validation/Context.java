package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.YamlDocument;

/** What every rule family shares: the document, where findings go, and the cross-document names. */
record Context(YamlDocument doc, Findings findings, Index index) {

    static Context of(YamlDocument doc) {
        return new Context(doc, new Findings(doc), Index.of(doc.root()));
    }
}
