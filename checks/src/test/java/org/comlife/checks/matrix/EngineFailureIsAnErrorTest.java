package org.comlife.checks.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.comlife.checks.impl.UserJar;
import org.comlife.checks.impl.UserSources;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.runtime.ServerProcessCount;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine that fails is an error cell, never a verdict: Lincheck failing in its own code (it
 * cannot see a class its caller's class loader holds) gives an error naming the class it could
 * not load, not "not linearizable", for a correct class and for a buggy one alike.
 */
class EngineFailureIsAnErrorTest {

    /** A correct class Lincheck cannot see is an error cell, naming the missing class, not a violation. */
    @Test
    void lincheckCrashingOnAnUnseenClassIsAnError(@TempDir Path temp) throws Exception {
        Path jar = UserJar.build(temp, UserSources.both("com.example.hidden"));
        for (String name : List.of("com.example.hidden." + UserSources.CORRECT, "com.example.hidden." + UserSources.SPLIT)) {
            // A class loader of its own, as a container or a plug-in host would make: not the JVM's class path.
            URLClassLoader hidden = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    getClass().getClassLoader());
            Class<?> type = Class.forName(name, true, hidden);
            RuntimeHelpers helpers = RuntimeHelpers.reference().withServerProcessCount(name, () -> {
                try {
                    return (ServerProcessCount) type.getConstructor().newInstance();
                } catch (ReflectiveOperationException failed) {
                    throw new IllegalStateException(failed);
                }
            });
            MatrixPlan plan = new MatrixPlan(List.of(new LincheckEngine(1)), List.of(), helpers, MatrixScope.FULL,
                    Duration.ofMinutes(2), MatrixShard.WHOLE, "");

            Cell cell = VerificationMatrix.run(plan, MatrixProgress.SILENT).report()
                    .row(VerificationMatrix.REFERENCE_ROW).orElseThrow().cells().get(0);

            assertThat(cell.status()).as(name + ": " + cell.message()).isEqualTo(Status.ERROR);
            assertThat(cell.message()).contains("Lincheck failed in its own code", "ClassNotFoundException",
                    "$Phase");
            hidden.close();
        }
    }
}
