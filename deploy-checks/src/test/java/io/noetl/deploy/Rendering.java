package io.noetl.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One overlay rendered into typed objects, with the look-ups the checks share. */
record Rendering(String overlay, String renderer, List<HasMetadata> objects) {

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The object of this type whose name is {@code name}, or, for generated objects, name plus kustomize's hash. */
    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(o -> baseName(o.getMetadata().getName()).equals(name)
                || o.getMetadata().getName().equals(name)).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError(
                overlay + " renders no " + type.getSimpleName() + " named " + name));
    }

    Deployment deployment(String service) {
        return get(Deployment.class, service);
    }

    /** Every pod template with the name of the object that owns it: Deployments, StatefulSets, Jobs. */
    Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new LinkedHashMap<>();
        all(Deployment.class).forEach(d -> templates.put(d.getMetadata().getName(), d.getSpec().getTemplate()));
        all(StatefulSet.class).forEach(s -> templates.put(s.getMetadata().getName(), s.getSpec().getTemplate()));
        all(Job.class).forEach(j -> templates.put(j.getMetadata().getName(), j.getSpec().getTemplate()));
        return templates;
    }

    /** A ConfigMap's data by the exact name a reference carries. */
    Optional<Map<String, String>> configMapData(String referencedName) {
        return all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(referencedName))
                .findFirst().map(ConfigMap::getData);
    }

    /** A rendered Secret's decoded data by the exact referenced name; empty when the Secret lives outside deploy/. */
    Optional<Map<String, String>> secretData(String referencedName) {
        return all(Secret.class).stream().filter(s -> s.getMetadata().getName().equals(referencedName)).findFirst()
                .map(s -> {
                    Map<String, String> data = new LinkedHashMap<>();
                    if (s.getStringData() != null) data.putAll(s.getStringData());
                    if (s.getData() != null) s.getData().forEach((k, v) ->
                            data.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
                    return data;
                });
    }

    /** A generated name without kustomize's content hash (noetl-config-fm7k2c8d9d → noetl-config). */
    static String baseName(String name) {
        // kustomize's hash: 10 characters from an alphabet without vowels, so no real word matches it.
        return name.replaceFirst("-[bcdfghkmt2456789]{10}$", "");
    }
}
