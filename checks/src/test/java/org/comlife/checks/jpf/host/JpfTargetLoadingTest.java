package org.comlife.checks.jpf.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.jpf.search.JpfFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a real jpf-core (skipped without one), a target JPF cannot load is reported as such, never as passed. */
class JpfTargetLoadingTest {

    /** JPF passes a missing target silently; the tier calls it TARGET_NOT_LOADED. */
    @Test
    void missingTargetIsNotLoadedNotPassed(@TempDir Path directory) throws IOException, InterruptedException {
        JpfInstallation installation = JpfTier.installationOrSkip();
        Path site = directory.resolve("site.properties");
        Files.writeString(site, JpfConfiguration.siteProperties(installation), StandardCharsets.UTF_8);
        List<String> arguments = List.of("+site=" + site, "+target=org.comlife.checks.jpf.program.NoSuchTarget",
                "+classpath=" + JpfConfiguration.programClasspath(java.util.List.of()));

        JpfFacts facts = JpfFork.run(installation, arguments, JpfScenariosTest.BUDGET, directory);
        JpfResult result = JpfResults.of("no-such-target", JpfImplementations.REFERENCE, JpfGranularity.BYTECODE, facts);

        assertThat(result.verdict()).as(result.summary()).isEqualTo(JpfVerdict.TARGET_NOT_LOADED);
        assertThat(result.passed()).isFalse();
    }
}
