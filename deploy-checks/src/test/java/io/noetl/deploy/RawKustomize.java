package io.noetl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Image;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Label;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Patch;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Replica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Renders a kustomization without kubectl, for machines that have none: resources (files and nested
 * kustomizations), generators (without the name hash; `behavior: merge` for ConfigMaps), patches by
 * file, namespace, labels, images and replicas. Any other kustomize field is refused, so the fallback never silently renders something else
 * than kubectl would; RawRenderingMatchesKubectlTest compares the two wherever kubectl exists.
 */
final class RawKustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources",
            "configMapGenerator", "secretGenerator", "images", "replicas", "labels", "patches");
    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "PersistentVolume", "StorageClass", "IngressClass", "CustomResourceDefinition", "PriorityClass");

    private RawKustomize() {
    }

    static List<ObjectNode> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        ObjectNode raw = Yaml.documents(Repo.read(file), file.toString()).get(0);
        for (Iterator<String> it = raw.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!SUPPORTED.contains(field)) {
                throw new IllegalStateException(file + ": `" + field + "` is not supported by the offline renderer "
                        + "(RawKustomize); install kubectl or teach RawKustomize");
            }
        }
        Kustomization k = Yaml.as(raw, Kustomization.class);
        List<ObjectNode> objects = new ArrayList<>();
        for (String resource : k.getResources()) {
            Path p = dir.resolve(resource).normalize();
            objects.addAll(Files.isDirectory(p) ? render(p) : Yaml.documents(Repo.read(p), p.toString()));
        }
        for (ObjectNode cm : Generators.configMaps(dir, k.getConfigMapGenerator())) {
            if (cm.remove("behavior") == null) {
                objects.add(cm);
                continue;
            }
            int i = indexOf(objects, "ConfigMap", name(cm));
            if (i < 0) throw new IllegalStateException(dir + ": nothing to merge ConfigMap " + name(cm) + " into");
            objects.get(i).withObject("data").setAll(cm.withObject("data"));
        }
        objects.addAll(Generators.secrets(dir, k.getSecretGenerator()));
        for (Patch patch : k.getPatches()) applyPatch(dir, patch, objects);
        if (k.getNamespace() != null) objects.forEach(o -> setNamespace(o, k.getNamespace()));
        for (Label label : k.getLabels()) objects.forEach(o -> addLabels(o, label));
        for (Image image : k.getImages()) objects.forEach(o -> setImage(o, image));
        for (Replica r : k.getReplicas()) objects.stream().filter(o -> name(o).equals(r.getName()))
                .filter(o -> SCALABLE.contains(o.path("kind").asText()))
                .forEach(o -> ((ObjectNode) o.get("spec")).put("replicas", r.getCount()));
        return objects;
    }

    private static void applyPatch(Path dir, Patch patch, List<ObjectNode> objects) {
        if (patch.getPath() == null || patch.getTarget() != null || patch.getPatch() != null) {
            throw new IllegalStateException(dir + ": only `patches: - path: <file>` is supported offline");
        }
        Path file = dir.resolve(patch.getPath());
        for (ObjectNode p : Yaml.documents(Repo.read(file), file.toString())) {
            int i = indexOf(objects, p.path("kind").asText(), name(p));
            if (i < 0) throw new IllegalStateException(file + ": patch target " + p.path("kind").asText() + "/" + name(p) + " not found");
            objects.set(i, (ObjectNode) StrategicMerge.merge(objects.get(i), p));
        }
    }

    private static void setNamespace(ObjectNode o, String namespace) {
        ObjectNode meta = (ObjectNode) o.get("metadata");
        if (o.path("kind").asText().equals("Namespace")) meta.put("name", namespace);
        else if (!CLUSTER_SCOPED.contains(o.path("kind").asText())) meta.put("namespace", namespace);
    }

    private static void addLabels(ObjectNode o, Label label) {
        if (Boolean.TRUE.equals(label.getIncludeSelectors()) || !label.getFields().isEmpty()) {
            throw new IllegalStateException("labels with includeSelectors or fields are not supported offline");
        }
        label.getPairs().forEach(((ObjectNode) o.get("metadata")).withObject("labels")::put);
        JsonNode template = o.path("spec").path("template");
        if (!Boolean.TRUE.equals(label.getIncludeTemplates())) return;
        if (template.isObject()) label.getPairs().forEach(((ObjectNode) template).withObject("metadata").withObject("labels")::put);
        // kustomize counts a StatefulSet's volume claim templates as templates too.
        for (JsonNode claim : o.path("spec").path("volumeClaimTemplates")) {
            label.getPairs().forEach(((ObjectNode) claim).withObject("metadata").withObject("labels")::put);
        }
    }

    private static void setImage(ObjectNode o, Image image) {
        JsonNode pod = o.path("spec").path("template").path("spec");
        for (String list : List.of("initContainers", "containers")) {
            if (!(pod.get(list) instanceof ArrayNode containers)) continue;
            for (JsonNode c : containers) {
                ImageRef ref = ImageRef.parse(c.path("image").asText());
                if (!ref.name().equals(image.getName())) continue;
                String name = image.getNewName() != null ? image.getNewName() : ref.name();
                String tag = image.getNewTag() != null ? image.getNewTag() : ref.tag();
                ((ObjectNode) c).put("image", tag == null ? name : name + ":" + tag);
            }
        }
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    private static int indexOf(List<ObjectNode> objects, String kind, String name) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).path("kind").asText().equals(kind) && name(objects.get(i)).equals(name)) return i;
        }
        return -1;
    }
}
