package io.noetl.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * `kubectl kustomize`, when a kubectl is on the PATH (it renders offline). Set -Dnoetl.deploy.kubectl=false
 * to check the raw-file fallback as CI without kubectl would.
 */
final class Kubectl {

    private static final boolean ENABLED = !"false".equals(System.getProperty("noetl.deploy.kubectl"));
    private static Boolean available;

    private Kubectl() {
    }

    static synchronized boolean available() {
        if (available == null) available = ENABLED && run("version", "--client").isPresent();
        return available;
    }

    /** The rendered YAML of a kustomization directory; fails when kubectl is there but refuses it. */
    static String kustomize(Path dir) {
        return run("kustomize", dir.toString())
                .orElseThrow(() -> new IllegalStateException("kubectl kustomize " + dir + " failed"));
    }

    private static Optional<String> run(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "kubectl";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            if (p.exitValue() != 0) {
                if (args[0].equals("kustomize")) throw new IllegalStateException("kubectl kustomize: " + err);
                return Optional.empty();
            }
            return Optional.of(new String(out, StandardCharsets.UTF_8));
        } catch (IOException notInstalled) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
