package io.noetl.playbook.validation;

import io.noetl.playbook.model.PlainValues;
import io.noetl.playbook.model.PlaybookReader;
import io.noetl.playbook.template.TemplateSyntax;
import io.noetl.playbook.yaml.YamlDocument;
import java.util.List;
import java.util.Map;

/**
 * Runs every rule family over one loaded document, then normalizes it when nothing is wrong. The entry point of
 * this package; {@link io.noetl.playbook.PlaybookValidator} is its public face.
 */
public final class Validation {

    private Validation() {
    }

    public static ValidationResult run(YamlDocument doc, TemplateSyntax templates) {
        Context cx = Context.of(doc);
        new TopLevelRules(cx).check();
        new MetadataRules(cx).check();
        new ExecutorRules(cx).check();
        new KeychainRules(cx).check();
        new WorkbookRules(cx).check();
        new StepRules(cx).check();
        new GraphRules(cx).check();
        new TemplateRules(cx, templates).check();
        Findings findings = cx.findings();
        if (findings.hasErrors()) {
            return new ValidationResult(null, null, findings.errors(), findings.warnings());
        }
        Map<String, Object> normalized = PlainValues.freezeMap(Normalizer.normalize(cx.index()));
        return new ValidationResult(PlaybookReader.read(normalized), normalized, List.of(), findings.warnings());
    }
}
