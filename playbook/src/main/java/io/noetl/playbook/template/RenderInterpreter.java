package io.noetl.playbook.template;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;

/**
 * The interpreter of one string value. Two changes to Jinjava's: the first error ends the render (Jinjava
 * collects errors and renders on, printing empty text for what failed), and the render has a deadline, checked
 * between template nodes and at every lookup, because Jinjava itself has no time limit.
 */
final class RenderInterpreter extends JinjavaInterpreter {

    private final TemplateLimits limits;
    private final long deadline;

    RenderInterpreter(Jinjava jinjava, Context context, JinjavaConfig config, TemplateLimits limits) {
        super(jinjava, context, config);
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.renderTimeout().toNanos();
    }

    TemplateLimits limits() {
        return limits;
    }

    /** The render in progress on this thread; filters and functions called by Jinjava find their limits here. */
    static RenderInterpreter current() {
        if (JinjavaInterpreter.getCurrent() instanceof RenderInterpreter render) {
            return render;
        }
        throw new IllegalStateException("no template is being rendered on this thread");
    }

    static void checkDeadline() {
        if (JinjavaInterpreter.getCurrent() instanceof RenderInterpreter render) {
            render.checkTime();
        }
    }

    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new TemplateError("render time limit of " + limits.timeText() + " exceeded");
        }
    }

    @Override
    public void addError(com.hubspot.jinjava.interpret.TemplateError error) {
        if (error != null) {
            throw Failures.of(error, limits);
        }
    }
}
