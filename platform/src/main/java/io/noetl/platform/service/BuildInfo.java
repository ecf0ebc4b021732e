package io.noetl.platform.service;

import org.eclipse.microprofile.config.ConfigProvider;

/** The version this build reports in the registry, `/api/runtime/self` and `noetl_info`. */
public final class BuildInfo {

    private BuildInfo() {
    }

    /** Quarkus sets quarkus.application.version from the Maven project version at build time. */
    public static String version() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.application.version", String.class).orElse("dev");
    }
}
