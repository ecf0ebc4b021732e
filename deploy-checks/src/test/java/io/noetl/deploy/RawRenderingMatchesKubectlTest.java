package io.noetl.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The raw-file fallback renders what kubectl renders, object by object, apart from kustomize's name
 * hashes. Runs only where kubectl exists; it keeps the fallback honest for machines without one.
 */
class RawRenderingMatchesKubectlTest {

    static List<String> overlays() {
        return Repo.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theFallbackRendersTheSameObjectsAsKubectl(String overlay) {
        assumeTrue(Kubectl.available(), "kubectl is not installed: nothing to compare with");
        Map<String, JsonNode> kubectl = byId(Yaml.documents(
                Kubectl.kustomize(Repo.path("deploy/overlays/" + overlay)), "kubectl kustomize " + overlay));
        Map<String, JsonNode> raw = byId(Renderings.raw(overlay));

        assertThat(raw.keySet()).as("objects of " + overlay).containsExactlyInAnyOrderElementsOf(kubectl.keySet());
        kubectl.forEach((id, expected) -> assertThat(raw.get(id)).as(overlay + " " + id).isEqualTo(expected));
    }

    /** Objects by kind/name with every generated name's hash removed, wherever it appears. */
    private static Map<String, JsonNode> byId(List<ObjectNode> docs) {
        return docs.stream().collect(Collectors.toMap(
                d -> d.path("kind").asText() + "/" + Rendering.baseName(RawKustomize.name(d)),
                RawRenderingMatchesKubectlTest::withoutHashes, (a, b) -> a, TreeMap::new));
    }

    private static JsonNode withoutHashes(JsonNode doc) {
        String json = doc.toString().replaceAll("\"([a-z0-9-]+)-[bcdfghkmt2456789]{10}\"", "\"$1\"");
        try {
            return Yaml.MAPPER.readTree(new com.fasterxml.jackson.core.JsonFactory().createParser(json));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
