package io.noetl.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders each overlay once per test JVM: with `kubectl kustomize` when kubectl is installed, else with
 * {@link RawKustomize} from the raw files. Either way every document becomes a typed fabric8 object.
 */
final class Renderings {

    private static final Map<String, Rendering> CACHE = new ConcurrentHashMap<>();

    private Renderings() {
    }

    static Rendering of(String overlay) {
        return CACHE.computeIfAbsent(overlay, Renderings::render);
    }

    static List<Rendering> all() {
        return Repo.overlays().stream().map(Renderings::of).toList();
    }

    private static Rendering render(String overlay) {
        Path dir = Repo.path("deploy/overlays/" + overlay);
        boolean kubectl = Kubectl.available();
        List<ObjectNode> docs = kubectl ? Yaml.documents(Kubectl.kustomize(dir), "kubectl kustomize " + dir)
                : RawKustomize.render(dir);
        List<HasMetadata> objects = docs.stream().map(Yaml::typed).toList();
        return new Rendering(overlay, kubectl ? "kubectl kustomize" : "raw files", objects);
    }

    /** The raw-file rendering even where kubectl exists, for comparing the two. */
    static List<ObjectNode> raw(String overlay) {
        return RawKustomize.render(Repo.path("deploy/overlays/" + overlay));
    }
}
