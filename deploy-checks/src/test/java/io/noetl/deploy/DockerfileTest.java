package io.noetl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The image definitions (images are not built by the tests: no container runtime is assumed): JVM mode
 * from Quarkus's fast-jar folder, the non-root user the manifests run as, python3 on the worker.
 */
class DockerfileTest {

    static List<String> services() {
        return Repo.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void theImageRunsTheFastJarAsTheManifestsNonRootUser(String service) {
        String dockerfile = Repo.read(service + "/src/main/docker/Dockerfile.jvm");
        assertThat(dockerfile).contains("COPY target/quarkus-app/lib/ /deployments/lib/", "COPY target/quarkus-app/*.jar /deployments/",
                "COPY target/quarkus-app/app/ /deployments/app/", "COPY target/quarkus-app/quarkus/ /deployments/quarkus/",
                "-jar /deployments/quarkus-run.jar", "EXPOSE " + Workloads.defaultPort(service));
        assertThat(dockerfile).containsPattern("(?m)^FROM \\S*(jre|jdk)\\S*$");
        Matcher user = Pattern.compile("(?m)^USER (\\d+)(?::(\\d+))?\\s*$").matcher(dockerfile);
        assertThat(user.find()).as(service + ": a numeric USER line (runAsNonRoot needs a number)").isTrue();
        long uid = Long.parseLong(user.group(1));
        assertThat(uid).isPositive();
        for (String overlay : Repo.overlays()) {
            PodTemplateSpec pod = Renderings.of(overlay).deployment(service).getSpec().getTemplate();
            assertThat(pod.getSpec().getSecurityContext().getRunAsUser()).as(overlay + " " + service + " runAsUser").isEqualTo(uid);
        }
        assertThat(dockerfile.lastIndexOf("USER ")).as("USER after every RUN: nothing runs as root at start")
                .isGreaterThan(dockerfile.lastIndexOf("\nRUN "));
    }

    @ParameterizedTest
    @ValueSource(strings = "worker-service")
    void theWorkerImageHasPython3ForThePythonTool(String service) {
        String logicalLines = Repo.read(service + "/src/main/docker/Dockerfile.jvm").replace("\\\n", " ");
        assertThat(logicalLines).containsPattern("(?m)^RUN .*apt-get install .*\\bpython3\\b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog-service", "execution-service", "scheduler-service"})
    void theOtherImagesCarryNoPython(String service) {
        assertThat(Repo.read(service + "/src/main/docker/Dockerfile.jvm")).doesNotContain("python3");
    }
}
