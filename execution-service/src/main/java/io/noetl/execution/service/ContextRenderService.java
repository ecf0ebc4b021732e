package io.noetl.execution.service;

import io.noetl.execution.model.ContextRenderRequest;
import io.noetl.execution.model.ContextRenderSource;
import io.noetl.execution.model.ContextRendered;
import io.noetl.execution.store.ContextRenderRepository;
import io.noetl.platform.error.NotFound;
import io.noetl.playbook.template.TemplateEngine;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** `POST /api/context/render` (api.md §4.7): a template rendered against an execution's context, for debugging. */
@ApplicationScoped
public class ContextRenderService {

    private final Pool pool;
    private final ContextRenderRepository sources;
    private final ContextRenderer renderer = new ContextRenderer(new TemplateEngine());

    public ContextRenderService(Pool pool, ContextRenderRepository sources) {
        this.pool = pool;
        this.sources = sources;
    }

    public Uni<ContextRendered> render(ContextRenderRequest request) {
        return sources.find(pool, request.executionId())
                .onItem().ifNull().failWith(() -> new NotFound("No execution with id " + request.executionId() + "."))
                .map(source -> context(source, request.extraContext()))
                // Rendering is CPU work bounded by the engine's time limit: off the event loop (style.md §5).
                .chain(context -> Uni.createFrom().item(() -> new ContextRendered(
                                renderer.render(request.template(), context, request.strict()),
                                context.keySet().stream().sorted().toList()))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    /** The caller's extra names go on top: it asked for them, and the route renders only what it sent. */
    private static Map<String, Object> context(ContextRenderSource s, Map<String, Object> extra) {
        Map<String, Object> context = RenderContextBuilder.build(s.executionId(), s.catalogId(), s.parentExecutionId(),
                s.rootExecutionId(), s.workload(), s.ctx(), s.stepResults());
        if (extra != null) context.putAll(extra);
        return context;
    }
}
