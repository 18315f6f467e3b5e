package org.comlife.checks.jpf.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locating jpf-core: the property wins, and a missing or unbuilt installation is refused with how to install it. */
class JpfInstallationTest {

    @TempDir
    Path directory;

    /** With neither the property nor JPF_HOME the tier is unavailable, and the reason says how to install it. */
    @Test
    void nothingGivenIsUnavailableWithInstructions() {
        JpfLookup lookup = JpfInstallation.locate(null, null);

        assertThat(lookup.isAvailable()).isFalse();
        assertThat(lookup.reason()).contains("-Djpf.home", "JPF_HOME", "java-17", "checks/JPF.md");
    }

    /** The command line's reason names its own flag, --jpf, and never Maven's -Djpf.home. */
    @Test
    void theCommandLineIsToldItsOwnFlag() {
        JpfLookup lookup = JpfInstallation.locate(null, null, JpfEntryPoint.COMMAND_LINE);

        assertThat(lookup.reason()).contains("--jpf PATH", "--jpf <that directory>", "JPF_HOME")
                .doesNotContain("-Djpf.home");
        assertThat(JpfInstallation.locate("/no/such/jpf", null, JpfEntryPoint.COMMAND_LINE).reason())
                .startsWith("--jpf /no/such/jpf is not a built jpf-core").doesNotContain("-Djpf.home");
    }

    /** Maven's unresolved "${jpf.home}" and blank values count as not given. */
    @Test
    void unresolvedOrBlankValuesCountAsNotGiven() {
        assertThat(JpfInstallation.locate("${jpf.home}", " ").isAvailable()).isFalse();
        assertThat(JpfInstallation.locate("", null).reason()).contains("was not given");
    }

    /** A directory without build/jpf.jar is refused, naming the missing file. */
    @Test
    void unbuiltDirectoryIsRefusedNamingWhatIsMissing() {
        JpfLookup lookup = JpfInstallation.locate(directory.toString(), null);

        assertThat(lookup.isAvailable()).isFalse();
        assertThat(lookup.reason()).contains("is not a built jpf-core", "missing");
    }

    /** A built layout is accepted, and the property wins over JPF_HOME. */
    @Test
    void propertyWinsOverEnvironment() throws IOException {
        Path built = fakeBuiltJpfCore(directory.resolve("jpf-core"));

        JpfLookup lookup = JpfInstallation.locate(built.toString(), directory.resolve("elsewhere").toString());

        assertThat(lookup.isAvailable()).isTrue();
        assertThat(lookup.installation().jpfJar()).isEqualTo(built.resolve("build/jpf.jar"));
    }

    /** JPF_HOME is used when the property is not given. */
    @Test
    void environmentIsUsedWithoutProperty() throws IOException {
        Path built = fakeBuiltJpfCore(directory.resolve("from-env"));

        assertThat(JpfInstallation.locate(null, built.toString()).installation().home()).isEqualTo(built);
    }

    private static Path fakeBuiltJpfCore(Path home) throws IOException {
        Files.createDirectories(home.resolve("build"));
        Files.writeString(home.resolve("jpf.properties"), "");
        Files.writeString(home.resolve("build/jpf.jar"), "");
        Files.writeString(home.resolve("build/jpf-classes.jar"), "");
        return home.toAbsolutePath().normalize();
    }
}
