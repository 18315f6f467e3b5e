package org.comlife.checks.jpf.host;

import org.junit.jupiter.api.Assumptions;

/** The tests' door to the JPF tier: a runner when jpf-core is given, else the test is reported skipped with why. */
final class JpfTier {
    private JpfTier() {
    }

    static JpfInstallation installationOrSkip() {
        JpfLookup lookup = JpfInstallation.locate();
        if (!lookup.isAvailable()) {
            Assumptions.abort("JPF tier SKIPPED: " + lookup.reason());
        }
        return lookup.installation();
    }

    static JpfRunner runnerOrSkip() {
        return new JpfRunner(installationOrSkip());
    }

    /** The result, unless JPF could not run the program for a JDK method its library lacks: then the test is skipped with that. */
    static JpfResult unlessJdkGap(JpfResult result) {
        if (result.verdict() == JpfVerdict.FAILED && result.failure().startsWith(JpfResults.JDK_GAP)) {
            Assumptions.abort("JPF cannot run " + result.target() + ": " + result.failure());
        }
        return result;
    }
}
