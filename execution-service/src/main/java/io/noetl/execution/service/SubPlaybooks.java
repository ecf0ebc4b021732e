package io.noetl.execution.service;

import io.noetl.execution.engine.Effects;
import io.noetl.execution.engine.Outcome;
import io.noetl.execution.model.ExecuteRequest;
import io.noetl.execution.store.ChildRepository;
import io.noetl.execution.store.Json;
import io.noetl.platform.model.LeasedCommand;
import io.noetl.platform.service.InstanceIdentity;
import io.noetl.platform.store.CommandLeaseRepository;
import io.noetl.playbook.template.TemplateEngine;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Runs sub-playbook steps on the orchestrator, never on a worker (dsl.md §9). Each tick leases the commands of
 * the orchestrator pool, renders {@code path}, {@code version} and {@code args}, and starts the child through the
 * same code path as {@code POST /api/execute} (key {@code child:<command_id>}, so a retried start finds the
 * same child); then it completes the parent runs of children that have ended. Safe on several replicas.
 */
@ApplicationScoped
public class SubPlaybooks {

    static final int BATCH = 50;
    static final int MAX_DEPTH = 10;
    private static final Duration START_LEASE = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(SubPlaybooks.class);

    private final Pool pool;
    private final CommandLeaseRepository leases;
    private final ChildRepository children;
    private final ExecuteService executions;
    private final ChildCompletion completion;
    private final TemplateEngine templates;
    private final String owner;

    public SubPlaybooks(Pool pool, CommandLeaseRepository leases, ChildRepository children, ExecuteService executions,
            ChildCompletion completion, TemplateEngine templates, InstanceIdentity identity) {
        this.pool = pool;
        this.leases = leases;
        this.children = children;
        this.executions = executions;
        this.completion = completion;
        this.templates = templates;
        this.owner = "orchestrator:" + identity.name();
    }

    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return runOnce().onFailure().invoke(e -> LOG.warnf("sub-playbook pass failed: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Starts the children of leased calls and completes the parents of ended children; returns how many. */
    public Uni<Integer> runOnce() {
        return leases.lease(pool, owner, List.of(Effects.ORCHESTRATOR_POOL), BATCH, START_LEASE)
                .chain(leased -> Multi.createFrom().iterable(leased).onItem().transformToUniAndConcatenate(this::start)
                        .collect().asList().map(List::size))
                .chain(started -> children.ended(pool, Effects.ORCHESTRATOR_POOL, BATCH).chain(ended ->
                        Multi.createFrom().iterable(ended).onItem().transformToUniAndConcatenate(completion::complete)
                                .collect().asList().map(done -> started + done.size())));
    }

    @SuppressWarnings("unchecked")
    private Uni<Boolean> start(LeasedCommand c) {
        Map<String, Object> context = Json.map(c.context());
        Map<String, Object> render = (Map<String, Object>) context.get("render");
        Map<String, Object> task = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) context.get("tool")).get("tasks")).get(0);
        String where = "step '" + c.stepName() + "' at tool";
        Map<String, Object> fields;
        try {
            fields = (Map<String, Object>) templates.render(Map.of("path", task.get("path"), "version",
                    task.getOrDefault("version", "latest"), "args", task.getOrDefault("args", Map.of())), render, where);
        } catch (RuntimeException e) {
            return completion.fail(c, Outcome.error("template", e.getMessage(), false));
        }
        return children.depth(pool, c.executionId()).chain(depth -> {
            if (depth >= MAX_DEPTH) {
                return completion.fail(c, Outcome.error("depth_exceeded", "sub-playbooks nest deeper than " + MAX_DEPTH, false));
            }
            Object args = fields.get("args");
            ExecuteRequest child = new ExecuteRequest(String.valueOf(fields.get("path")), null, String.valueOf(fields.get("version")),
                    args instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of(), c.executionId(), c.stepName(),
                    ChildRepository.key(c.commandId()), trigger(c));
            return executions.execute(child)
                    .chain(o -> Boolean.FALSE.equals(task.get("wait"))
                            ? completion.startedOnly(c, o.executionId())
                            : pool.withTransaction(tx -> children.waiting(tx, c.commandId(), c.leaseToken())))
                    .onFailure().recoverWithUni(e -> completion.fail(c, Outcome.error("config",
                            "step '" + c.stepName() + "' could not start its sub-playbook: " + e.getMessage(), false)));
        });
    }

    private static Map<String, Object> trigger(LeasedCommand c) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("type", "parent");
        t.put("parent_execution_id", Long.toString(c.executionId()));
        t.put("parent_step", c.stepName());
        return t;
    }
}
