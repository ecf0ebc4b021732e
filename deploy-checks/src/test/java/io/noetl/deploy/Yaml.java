package io.noetl.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** YAML in, JSON trees and typed fabric8 objects out (the model's own deserializer picks the class by kind). */
final class Yaml {

    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private Yaml() {
    }

    /** Every non-empty document of a multi-document YAML text, as objects. */
    static List<ObjectNode> documents(String text, String source) {
        List<ObjectNode> docs = new ArrayList<>();
        try (var parser = MAPPER.getFactory().createParser(text)) {
            var it = MAPPER.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc == null || doc.isNull() || doc.isMissingNode()) continue;
                if (!doc.isObject()) throw new IllegalStateException(source + ": a document is not a mapping: " + doc);
                docs.add((ObjectNode) doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + " is not valid YAML", e);
        }
        return docs;
    }

    static HasMetadata typed(ObjectNode doc) {
        try {
            return MAPPER.treeToValue(doc, HasMetadata.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + doc.path("kind").asText() + "/"
                    + doc.path("metadata").path("name").asText() + " as a Kubernetes object", e);
        }
    }

    static <T> T as(JsonNode doc, Class<T> type) {
        try {
            return MAPPER.treeToValue(doc, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read as " + type.getSimpleName(), e);
        }
    }
}
