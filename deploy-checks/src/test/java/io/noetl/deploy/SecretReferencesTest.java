package io.noetl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Secrets: which exist, who gets which key, and that no secret travels in plain text. */
class SecretReferencesTest {

    /** The Secrets deploy/README.md tells operators to create (prod), with their keys. */
    static final Map<String, Set<String>> SECRETS = Map.of(
            "noetl-database", Set.of("noetl-password", "demo-password", "postgres-password"),
            "noetl-crypto", Set.of("encryption-key", "internal-token"));
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|TOKEN|SECRET|_KEY)$");

    static List<String> overlays() {
        return Repo.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySecretReferenceNamesAKnownSecretAndKeyThatTheOverlayProvidesOrDocuments(String overlay) {
        Rendering r = Renderings.of(overlay);
        List<String> problems = new ArrayList<>();
        eachContainer(r, (owner, c) -> {
            c.getEnvFrom().stream().filter(f -> f.getSecretRef() != null)
                    .forEach(f -> problems.add(owner + ": envFrom a Secret (use secretKeyRef, one key per variable)"));
            for (EnvVar v : c.getEnv()) {
                if (v.getValueFrom() == null || v.getValueFrom().getSecretKeyRef() == null) continue;
                SecretKeySelector ref = v.getValueFrom().getSecretKeyRef();
                Set<String> keys = SECRETS.get(Rendering.baseName(ref.getName()));
                if (keys == null || !keys.contains(ref.getKey())) problems.add(owner + ": " + v.getName() + " reads unknown " + ref.getName() + "/" + ref.getKey());
                r.secretData(ref.getName()).filter(d -> !d.containsKey(ref.getKey()))
                        .ifPresent(d -> problems.add(owner + ": Secret " + ref.getName() + " has no key " + ref.getKey()));
                if (r.secretData(ref.getName()).isEmpty() && !r.all(Secret.class).isEmpty()) {
                    problems.add(owner + ": " + ref.getName() + " is neither rendered nor external");
                }
            }
        });
        assertThat(problems).as(overlay).isEmpty();
    }

    @Test
    void prodRendersNoSecretSoNoPasswordLivesInGit() {
        assertThat(Renderings.of("prod").all(Secret.class)).isEmpty();
        assertThat(Renderings.of("dev").all(Secret.class)).extracting(s -> Rendering.baseName(s.getMetadata().getName()))
                .containsExactlyInAnyOrderElementsOf(SECRETS.keySet());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void secretLookingVariablesComeFromSecretsNeverFromValuesOrConfigMaps(String overlay) {
        Rendering r = Renderings.of(overlay);
        List<String> problems = new ArrayList<>();
        eachContainer(r, (owner, c) -> c.getEnv().stream().filter(v -> SECRET_NAME.matcher(v.getName()).matches())
                .filter(v -> v.getValueFrom() == null || v.getValueFrom().getSecretKeyRef() == null)
                .forEach(v -> problems.add(owner + ": " + v.getName() + " is not a secretKeyRef")));
        r.all(ConfigMap.class).forEach(cm -> cm.getData().keySet().stream().filter(k -> SECRET_NAME.matcher(k).matches())
                .forEach(k -> problems.add("ConfigMap " + cm.getMetadata().getName() + " holds " + k)));
        assertThat(problems).as(overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheServicesThatHandleSecretsGetTheKeyAndTheToken(String overlay) {
        Rendering r = Renderings.of(overlay);
        Map<String, Set<String>> expected = Map.of(
                "catalog-service", Set.of("NOETL_ENCRYPTION_KEY", "NOETL_INTERNAL_TOKEN"),
                "execution-service", Set.of("NOETL_ENCRYPTION_KEY", "NOETL_INTERNAL_TOKEN"),
                "worker-service", Set.of("NOETL_INTERNAL_TOKEN"),
                "scheduler-service", Set.of("NOETL_INTERNAL_TOKEN"));
        expected.forEach((service, vars) -> assertThat(Workloads.env(r, service).keySet())
                .as(service).filteredOn(k -> k.equals("NOETL_ENCRYPTION_KEY") || k.equals("NOETL_INTERNAL_TOKEN"))
                .containsExactlyInAnyOrderElementsOf(vars));
    }

    private static void eachContainer(Rendering r, java.util.function.BiConsumer<String, Container> check) {
        r.podTemplates().forEach((owner, t) -> {
            t.getSpec().getInitContainers().forEach(c -> check.accept(owner, c));
            t.getSpec().getContainers().forEach(c -> check.accept(owner, c));
        });
    }
}
