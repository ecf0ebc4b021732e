package io.noetl.playbook.validation;

/**
 * What a template may read depending on who renders it (dsl.md §5.2): secrets only where workers render (the
 * orchestrator never holds them), {@code _prev}/{@code _task}/{@code _attempt} only inside tools and task
 * policies.
 */
enum TemplateScope {
    /** Step {@code set}, arcs, {@code loop}, admission, workload, keychain data: rendered by the orchestrator. */
    ORCHESTRATOR(false, false),
    /** Tool fields the orchestrator renders: a single {@code noop} and {@code playbook} calls. */
    ORCHESTRATOR_TOOL(false, true),
    /** Tool fields and task policies that workers render. */
    WORKER_TOOL(true, true);

    final boolean keychain;
    final boolean taskValues;

    TemplateScope(boolean keychain, boolean taskValues) {
        this.keychain = keychain;
        this.taskValues = taskValues;
    }
}
