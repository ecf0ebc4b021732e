package io.noetl.deploy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.ConfigMapArgs;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.SecretArgs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kustomize's configMapGenerator and secretGenerator (envs, files, literals), names left without the hash.
 * A ConfigMap generated with `behavior: merge` comes out marked so, for RawKustomize to merge it into the
 * base's ConfigMap of the same name.
 */
final class Generators {

    private Generators() {
    }

    static List<ObjectNode> configMaps(Path dir, List<ConfigMapArgs> args) {
        return args.stream().map(a -> {
            refuseExtras(a.getBehavior() == null || a.getBehavior().equals("merge") ? null : a.getBehavior(), a.getEnv(), a.getOptions());
            ObjectNode cm = object("ConfigMap", a.getName());
            if ("merge".equals(a.getBehavior())) cm.put("behavior", "merge");
            entries(dir, a.getEnvs(), a.getFiles(), a.getLiterals()).forEach(cm.withObject("data")::put);
            return cm;
        }).toList();
    }

    static List<ObjectNode> secrets(Path dir, List<SecretArgs> args) {
        return args.stream().map(a -> {
            refuseExtras(a.getBehavior(), a.getEnv(), a.getOptions());
            ObjectNode secret = object("Secret", a.getName());
            secret.put("type", a.getType() == null ? "Opaque" : a.getType());
            entries(dir, a.getEnvs(), a.getFiles(), a.getLiterals()).forEach((k, v) -> secret.withObject("data")
                    .put(k, Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
            return secret;
        }).toList();
    }

    private static Map<String, String> entries(Path dir, List<String> envs, List<String> files, List<String> literals) {
        Map<String, String> data = new LinkedHashMap<>();
        for (String env : envs) {
            Repo.read(dir.resolve(env)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> put(data, l));
        }
        for (String file : files) {
            int eq = file.indexOf('=');
            String path = eq < 0 ? file : file.substring(eq + 1);
            String key = eq < 0 ? Path.of(file).getFileName().toString() : file.substring(0, eq);
            data.put(key, Repo.read(dir.resolve(path)));
        }
        literals.forEach(l -> put(data, l));
        return data;
    }

    private static void put(Map<String, String> data, String keyValue) {
        int eq = keyValue.indexOf('=');
        if (eq <= 0) throw new IllegalStateException("not KEY=VALUE: " + keyValue);
        data.put(keyValue.substring(0, eq), keyValue.substring(eq + 1));
    }

    private static ObjectNode object(String kind, String name) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("apiVersion", "v1").put("kind", kind);
        o.putObject("metadata").put("name", name);
        return o;
    }

    private static void refuseExtras(Object behavior, Object env, Object options) {
        if (behavior != null || env != null || options != null) {
            throw new IllegalStateException("generator behavior/env/options are not supported offline");
        }
    }
}
