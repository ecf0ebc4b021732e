package io.noetl.execution.service;

import io.noetl.execution.config.ExecutionConfig;
import io.noetl.execution.engine.EngineLimits;
import io.noetl.execution.engine.Orchestrator;
import io.noetl.playbook.template.TemplateEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The pure routing engine and the template engine as beans, configured from {@link ExecutionConfig}. */
@ApplicationScoped
public class EngineProducer {

    // @Singleton: both classes are final, so they cannot sit behind a client proxy.
    @Produces
    @Singleton
    TemplateEngine templates() {
        return new TemplateEngine();
    }

    @Produces
    @Singleton
    Orchestrator orchestrator(TemplateEngine templates, ExecutionConfig config) {
        return new Orchestrator(templates, new EngineLimits(config.limits().stepRuns(), config.commands().maxAttempts(),
                config.limits().ctxBytes()));
    }
}
