package io.noetl.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment a container gets, as Kubernetes builds it: envFrom first, then env (which wins).
 * Values from Secrets that live outside deploy/ (prod) stay symbolic, `<secret:name/key>`, as do
 * field references, `<field:status.podIP>`; a reference to a ConfigMap or key that is not rendered fails.
 */
final class ContainerEnv {

    private ContainerEnv() {
    }

    static Map<String, String> of(Rendering r, Container c) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null) env.putAll(configMap(r, from.getConfigMapRef().getName()));
            if (from.getSecretRef() != null) {
                String name = from.getSecretRef().getName();
                env.putAll(r.secretData(name).orElseThrow(() -> new AssertionError(
                        c.getName() + ": envFrom an external Secret " + name + " hides which variables it sets; use secretKeyRef")));
            }
        }
        for (EnvVar v : c.getEnv()) env.put(v.getName(), v.getValueFrom() == null ? v.getValue() : resolve(r, c, v.getValueFrom()));
        return env;
    }

    private static String resolve(Rendering r, Container c, EnvVarSource source) {
        if (source.getFieldRef() != null) return "<field:" + source.getFieldRef().getFieldPath() + ">";
        if (source.getConfigMapKeyRef() != null) {
            String name = source.getConfigMapKeyRef().getName();
            String key = source.getConfigMapKeyRef().getKey();
            String value = configMap(r, name).get(key);
            if (value == null) throw new AssertionError(c.getName() + ": ConfigMap " + name + " has no key " + key);
            return value;
        }
        if (source.getSecretKeyRef() != null) {
            String name = source.getSecretKeyRef().getName();
            String key = source.getSecretKeyRef().getKey();
            return r.secretData(name).map(d -> d.get(key)).orElse("<secret:" + Rendering.baseName(name) + "/" + key + ">");
        }
        throw new AssertionError(c.getName() + ": unsupported env source " + source);
    }

    private static Map<String, String> configMap(Rendering r, String name) {
        return r.configMapData(name).orElseThrow(() -> new AssertionError(
                r.overlay() + ": a container refers to ConfigMap " + name + ", which is not rendered"));
    }
}
