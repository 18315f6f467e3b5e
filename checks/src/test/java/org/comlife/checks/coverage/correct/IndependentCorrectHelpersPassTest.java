package org.comlife.checks.coverage.correct;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.impl.ImplementationClass;
import org.comlife.checks.impl.ImplementationLoadException;
import org.comlife.checks.impl.ImplementationLoader;
import org.comlife.checks.jpf.host.JpfInstallation;
import org.comlife.checks.matrix.Engine;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.EngineSettings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Helper implementations written differently from the reference pass every engine of the
 * reference row of {@code comlife hunt --impl <class> --classpath <folder>}: each is loaded and
 * each engine built the way the command does it, and each engine really explored something.
 * The JPF tier runs when jpf-core is given (-Djpf.home), else it is reported skipped.
 */
class IndependentCorrectHelpersPassTest {

    static List<Arguments> implementationsAndEngines() {
        List<Arguments> cells = new ArrayList<>();
        for (Class<?> type : List.of(PackedAtomicServerProcessCount.class, LockedArrayClassTable.class,
                CookieMapGlobalInterfaceTable.class, PacketFirstStreams.class,
                RegistryLockedActivation.class)) {
            for (EngineId engine : EngineId.values()) {
                cells.add(Arguments.of(type.getSimpleName(), type, engine));
            }
        }
        return cells;
    }

    /** The engine checks the correct implementation, explores a non-empty space and finds no violation. */
    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("implementationsAndEngines")
    void passes(String name, Class<?> type, EngineId id) throws ImplementationLoadException, URISyntaxException {
        Path folder = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        ImplementationClass named = new ImplementationClass(type.getName(), List.of(folder));
        Engine engine = id.create(EngineSettings.ofImplementation(60, 1, JpfInstallation.locate(), named));
        Assumptions.assumeTrue(engine.unavailableReason() == null, () -> id.id() + " SKIPPED: "
                + engine.unavailableReason());

        EngineFinding finding = engine.checkImplementation(
                ImplementationLoader.load(type.getName(), List.of(folder.toString())));

        assertThat(finding.violationFound()).as(name + " " + id.id() + ": " + finding.counterexample()).isFalse();
        assertThat(finding.explored()).as(name + " " + id.id() + " explored").isPositive();
    }
}
