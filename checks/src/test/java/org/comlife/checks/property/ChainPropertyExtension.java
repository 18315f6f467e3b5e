package org.comlife.checks.property;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.property.action.Misuse;
import org.comlife.checks.property.execute.CaseProperty;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.checks.property.generate.Vocabulary;
import org.comlife.checks.property.report.CounterexampleReport;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs a {@link ChainProperty} method through the property engine: one invocation of the
 * template, in which the engine calls the method once per case (reflectively, with the case's
 * run) and shrinks the first case it rejects. The statistics and any counterexample are printed
 * and published as a report entry; a failure is a {@link PropertyFailure} carrying them.
 */
public final class ChainPropertyExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(method -> method.isAnnotationPresent(ChainProperty.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        ChainProperty annotation = context.getRequiredTestMethod().getAnnotation(ChainProperty.class);
        PropertySettings settings = settings(annotation);
        Long replayed = SeedProperty.caseSeed(System.getProperty(CounterexampleReport.SEED_PROPERTY));
        String name = replayed != null ? "replaying case seed " + CounterexampleReport.hex(replayed)
                : settings.tries() + " cases, seed " + CounterexampleReport.hex(settings.seed());
        return Stream.of(new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return name;
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new CaseRunPlaceholder(), new EngineInvocation(settings, replayed));
            }
        });
    }

    static PropertySettings settings(ChainProperty annotation) {
        long seed = annotation.seed() != 0 ? annotation.seed() : new SplittableRandom().nextLong();
        Set<Misuse> misuses = EnumSet.noneOf(Misuse.class);
        for (String id : annotation.misuses()) {
            List<Misuse> reproducing = FaultCatalogue.named(id).misuses();
            if (reproducing.isEmpty()) {
                throw new IllegalArgumentException("no misuse reproduces fault '" + id + "'");
            }
            misuses.addAll(reproducing);
        }
        PropertySettings defaults = PropertySettings.defaults(seed);
        return defaults.withTries(annotation.tries()).withGeneration(defaults.generation()
                .withThreads(annotation.minThreads(), annotation.maxThreads())
                .withMaxActions(annotation.maxActions()).withVocabulary(new Vocabulary(misuses)));
    }

    /** Lets JUnit resolve the method's CaseRun parameter before the engine supplies real ones. */
    private static final class CaseRunPlaceholder implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == CaseRun.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return null;
        }
    }

    /** Replaces the one template invocation by the engine's run over every case. */
    private static final class EngineInvocation implements InvocationInterceptor {
        private final PropertySettings settings;
        private final Long replayed;

        EngineInvocation(PropertySettings settings, Long replayed) {
            this.settings = settings;
            this.replayed = replayed;
        }

        @Override
        public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                                ReflectiveInvocationContext<Method> invocationContext,
                                                ExtensionContext extensionContext) {
            invocation.skip();
            Method method = invocationContext.getExecutable();
            Object target = invocationContext.getTarget().orElse(null);
            method.setAccessible(true);
            CaseProperty property = run -> invoke(method, target, run);
            PropertyResult result = replayed != null ? PropertyRunner.checkCase(replayed, settings, property)
                    : PropertyRunner.check(settings, property);
            System.out.println(extensionContext.getDisplayName() + ": " + result.report());
            extensionContext.publishReportEntry("comlife.property", (result.passed() ? "held" : "FAILED") + " after "
                    + result.casesRun() + " cases, seed " + CounterexampleReport.hex(settings.seed()));
            if (!result.passed()) {
                throw new PropertyFailure(result);
            }
        }

        private static void invoke(Method method, Object target, CaseRun run) throws Exception {
            List<Object> arguments = new ArrayList<>();
            if (method.getParameterCount() == 1) {
                arguments.add(run);
            }
            try {
                method.invoke(target, arguments.toArray());
            } catch (InvocationTargetException thrown) {
                if (thrown.getCause() instanceof Exception exception) {
                    throw exception;
                }
                if (thrown.getCause() instanceof Error error) {
                    throw error;
                }
                throw thrown;
            }
        }
    }
}
