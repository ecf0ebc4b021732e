package io.noetl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file under deploy/ and every overlay's rendering reads as typed Kubernetes objects, no unknown field. */
class ManifestsParseTest {

    static List<String> overlays() {
        return Repo.overlays();
    }

    @Test
    void theDevAndProdOverlaysExist() {
        assertThat(Repo.overlays()).contains("dev", "prod");
    }

    @Test
    void everyYamlFileUnderDeployIsTypedAndHasNoUnknownField() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : yamlFiles()) {
            String name = Repo.ROOT.relativize(file).toString();
            for (var doc : Yaml.documents(Repo.read(file), name)) {
                Object typed = file.getFileName().toString().equals("kustomization.yaml")
                        ? Yaml.as(doc, Kustomization.class) : Yaml.typed(doc);
                if (typed instanceof GenericKubernetesResource g) problems.add(name + ": " + g.getKind() + " is not a known kind");
                problems.addAll(UnknownFields.in(typed, name + ":" + doc.path("kind").asText()));
            }
        }
        assertThat(problems).as("unknown kinds or fields (misspelt keys parse silently otherwise)").isEmpty();
        assertThat(yamlFiles()).hasSizeGreaterThan(10);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRenderedObjectIsTypedAndHasNoUnknownField(String overlay) {
        Rendering r = Renderings.of(overlay);
        List<String> problems = new ArrayList<>();
        for (HasMetadata o : r.objects()) {
            String id = o.getKind() + "/" + o.getMetadata().getName();
            if (o instanceof GenericKubernetesResource) problems.add(id + " is not a known kind");
            problems.addAll(UnknownFields.in(o, id));
        }
        assertThat(problems).as(overlay + " rendered with " + r.renderer()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyOverlayRendersTheWholePlatformInOneNamespace(String overlay) {
        Rendering r = Renderings.of(overlay);
        List<String> ids = r.objects().stream().map(o -> o.getKind() + "/" + Rendering.baseName(o.getMetadata().getName())).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("Namespace/noetl", "ServiceAccount/noetl", "ConfigMap/noetl-config",
                "Job/noetl-migrate", "Ingress/noetl", "NetworkPolicy/noetl-default-deny");
        for (String service : Repo.SERVICES) assertThat(ids).contains("Deployment/" + service, "Service/" + service);
        assertThat(r.objects().stream().filter(o -> !o.getKind().equals("Namespace")))
                .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).as(o.getKind() + "/" + o.getMetadata().getName()).isEqualTo("noetl"));
        assertThat(r.objects()).allSatisfy(o -> assertThat(o.getMetadata().getLabels())
                .as(o.getKind() + "/" + o.getMetadata().getName()).containsEntry("app.kubernetes.io/part-of", "noetl"));
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Repo.path("deploy"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
