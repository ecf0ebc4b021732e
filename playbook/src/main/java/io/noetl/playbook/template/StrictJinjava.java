package io.noetl.playbook.template;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.el.JinjavaProcessors;
import com.hubspot.jinjava.el.TruthyTypeConverter;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.Context.Library;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import com.hubspot.jinjava.loader.ResourceNotFoundException;
import java.util.Map;
import java.util.Set;
import jinjava.de.odysseus.el.ExpressionFactoryImpl;
import jinjava.de.odysseus.el.tree.TreeStore;
import jinjava.de.odysseus.el.tree.impl.Cache;
import jinjava.javax.el.ExpressionFactory;

/**
 * Jinjava configured as dsl.md §5.1 says: strict lookups ({@link StrictParser}, {@link DataResolver}), no
 * template loading and no nested interpretation, Jinja2's map iteration and printing, and the limits.
 */
final class StrictJinjava extends Jinjava {

    private final TemplateLimits limits;
    // Filters, tests, tags and functions for renders on this thread. Copying them for every render, as Jinjava
    // does, costs about 100 µs; a render writes only bookkeeping sets into this parent, cleared by reset().
    private final ThreadLocal<Context> libraries = ThreadLocal.withInitial(this::getGlobalContextCopy);
    private final ExpressionFactory expressions = new ExpressionFactoryImpl(
            new TreeStore(new StrictParser.SyntaxBuilder(), new Cache(1000)), new TruthyTypeConverter());

    StrictJinjava(TemplateLimits limits) {
        super(config(limits));
        this.limits = limits;
        // Defence in depth behind the disabled tags: nothing can ever be loaded from the classpath or disk.
        setResourceLocator((name, encoding, interpreter) -> {
            throw new ResourceNotFoundException("templates cannot load other templates");
        });
        registerExpTest(DefinedTest.defined());
        registerExpTest(DefinedTest.undefined());
        registerFilter(new DefaultValueFilter("default"));
        registerFilter(new DefaultValueFilter("d"));
        registerFunction(new ELFunctionDefinition("", "range", RangeFunction.class, "range", Object.class,
                Object[].class));
    }

    @Override
    public ExpressionFactory getExpressionFactory() {
        return expressions;
    }

    /** An interpreter for one string value over {@code data}, which must already be plain (ContextValues). */
    RenderInterpreter newRender(Map<String, Object> data) {
        Context parent = libraries.get();
        parent.reset();
        Context context = new Context(parent, data, getGlobalConfig().getDisabled());
        return new RenderInterpreter(this, context, getGlobalConfig(), limits);
    }

    private static JinjavaConfig config(TemplateLimits limits) {
        return JinjavaConfig.newBuilder()
                .withDisabled(Map.of(
                        Library.TAG, Set.of("include", "import", "extends", "from"),
                        Library.FILTER, Set.of("render")))               // `render` is nested interpretation
                .withNestedInterpretationEnabled(false)
                .withEnableRecursiveMacroCalls(false)
                // failOnUnknownTokens stays off: it treats a key holding null as unknown; StrictParser decides.
                .withFailOnUnknownTokens(false)
                .withElResolver(new DataResolver())
                .withMaxOutputSize(limits.maxOutputBytes())
                .withMaxStringLength(limits.maxOutputBytes())
                .withRangeLimit(limits.maxCollection())
                .withMaxListSize(limits.maxCollection())
                .withMaxMapSize(limits.maxCollection())
                .withProcessors(JinjavaProcessors.newBuilder()
                        .withNodePreProcessor((node, interpreter) -> RenderInterpreter.checkDeadline())
                        .build())
                .withLegacyOverrides(LegacyOverrides.newBuilder()
                        .withEvaluateMapKeys(true)               // {k: v} evaluates k, as in Jinja2
                        .withIterateOverMapKeys(true)            // {% for k in map %} walks keys, as in Jinja2
                        .withUsePyishObjectMapper(true)          // maps and lists print Python-style
                        .withUseNaturalOperatorPrecedence(true)
                        .withParseWhitespaceControlStrictly(true)
                        .build())
                .build();
    }
}
