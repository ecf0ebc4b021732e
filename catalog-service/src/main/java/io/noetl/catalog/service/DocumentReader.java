package io.noetl.catalog.service;

import io.noetl.catalog.config.CatalogConfig;
import io.noetl.catalog.model.CatalogPaths;
import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.error.TooLarge;
import io.noetl.playbook.PlaybookValidator;
import io.noetl.playbook.template.TemplateEngine;
import io.noetl.playbook.validation.Finding;
import io.noetl.playbook.validation.ValidationResult;
import io.noetl.playbook.yaml.DocumentProblem;
import io.noetl.playbook.yaml.Position;
import io.noetl.playbook.yaml.SafeYaml;
import io.noetl.playbook.yaml.YamlDocument;
import io.noetl.playbook.yaml.YamlLimits;
import io.noetl.playbook.yaml.YamlProblems;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a submitted document safely and extracts what the catalog stores: kind, path, the payload and warnings.
 * Playbooks get the full dsl.md §11 validation and are stored normalized; other kinds are stored as written.
 * Every problem found is reported at once, with line and column where the YAML gives them.
 */
@ApplicationScoped
public class DocumentReader {

    /** A document that passed reading: its tree, kind, path, the payload to store, and warnings worth showing. */
    public record ReadDocument(YamlDocument yaml, String kind, String path, Map<String, Object> payload,
            List<FieldError> warnings) {
    }

    private final SafeYaml yaml;
    private final int maxBytes;
    // Stateless and thread-safe: one per service is enough.
    private final PlaybookValidator validator = new PlaybookValidator(new TemplateEngine());

    public DocumentReader(CatalogConfig config) {
        CatalogConfig.Limits l = config.limits();
        this.maxBytes = l.documentBytes();
        this.yaml = new SafeYaml(new YamlLimits(l.documentBytes(), l.yamlDepth(), l.yamlAliases()));
    }

    public ReadDocument read(String content, String resourceType) {
        if (content.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new TooLarge("The document is over the " + maxBytes + "-byte limit.");
        }
        YamlDocument doc = parse(content);
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> warnings = new ArrayList<>();
        String kind = kind(doc, resourceType, errors, warnings);
        if ("playbook".equals(kind)) return playbook(doc, errors, warnings);
        String path = path(doc, errors);
        refuse(errors);
        return new ReadDocument(doc, kind, path, doc.root(), warnings);
    }

    private ReadDocument playbook(YamlDocument doc, List<FieldError> errors, List<FieldError> warnings) {
        ValidationResult result = validator.validate(doc);
        result.errors().forEach(f -> errors.add(field(f)));
        result.warnings().forEach(f -> warnings.add(field(f)));
        refuse(errors);
        String path = (String) ((Map<?, ?>) result.normalized().get("metadata")).get("path");
        return new ReadDocument(doc, "playbook", path, result.normalized(), warnings);
    }

    private static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) throw new Invalid("The document has " + errors.size() + " problem(s).", errors);
    }

    private YamlDocument parse(String content) {
        try {
            return yaml.parse(content);
        } catch (YamlProblems e) {
            if (e.tooLarge()) throw new TooLarge("The document is over the " + maxBytes + "-byte limit.");
            throw new Invalid("The document is not valid YAML.", e.problems().stream().map(DocumentReader::field).toList());
        }
    }

    private static String kind(YamlDocument doc, String resourceType, List<FieldError> errors, List<FieldError> warnings) {
        Object declared = doc.root().get("kind");
        if (declared != null && !(declared instanceof String)) {
            errors.add(at(doc, "/kind", "must be a string"));
            return null;
        }
        String fromDoc = declared == null ? null : ResourceKinds.canonical((String) declared);
        String fromCaller = resourceType == null || resourceType.isBlank() ? null : ResourceKinds.canonical(resourceType);
        if (fromDoc != null && fromCaller != null && !fromDoc.equals(fromCaller)) {
            warnings.add(at(doc, "/kind", "the document's kind '" + fromDoc + "' wins over resource_type '" + fromCaller + "'"));
        }
        return fromDoc != null ? fromDoc : fromCaller != null ? fromCaller : "playbook";
    }

    private static String path(YamlDocument doc, List<FieldError> errors) {
        if (!(doc.root().get("metadata") instanceof Map<?, ?> metadata)) {
            errors.add(at(doc, "/metadata", "is required and must be a mapping with a path or name"));
            return null;
        }
        String pointer = metadata.containsKey("path") ? "/metadata/path" : "/metadata/name";
        Object value = metadata.containsKey("path") ? metadata.get("path") : metadata.get("name");
        String problem = value instanceof String s ? CatalogPaths.problem(s) : "is required (metadata.path, else metadata.name)";
        if (problem != null) errors.add(at(doc, pointer, problem));
        return problem == null ? (String) value : null;
    }

    static FieldError at(YamlDocument doc, String pointer, String message) {
        Position p = doc.at(pointer).orElse(null);
        return new FieldError(pointer, message, p == null ? null : p.line(), p == null ? null : p.column());
    }

    private static FieldError field(Finding f) {
        return new FieldError(f.path(), f.message(), f.line(), f.column(), f.code());
    }

    private static FieldError field(DocumentProblem p) {
        return new FieldError(p.path(), p.message(), p.line(), p.column());
    }
}
