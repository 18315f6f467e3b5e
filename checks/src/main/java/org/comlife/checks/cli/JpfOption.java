package org.comlife.checks.cli;

import java.nio.file.Path;
import org.comlife.checks.jpf.host.JpfEntryPoint;
import org.comlife.checks.jpf.host.JpfInstallation;
import org.comlife.checks.jpf.host.JpfLookup;

/**
 * Turns --jpf into a jpf-core installation. A path that is given but is not an installation is
 * bad input (exit 2); no path falls back to JPF_HOME, and without either the JPF column of the
 * report is skipped with how to install it.
 */
final class JpfOption {
    private JpfOption() {
    }

    static JpfLookup resolve(Path jpfHome) {
        if (jpfHome == null) {
            return JpfInstallation.locate(null, System.getenv(JpfInstallation.ENVIRONMENT), JpfEntryPoint.COMMAND_LINE);
        }
        JpfLookup lookup = JpfInstallation.locate(jpfHome.toString(), null, JpfEntryPoint.COMMAND_LINE);
        if (lookup.installation() == null) {
            throw new UsageProblem("--jpf " + jpfHome + ": " + lookup.reason());
        }
        return lookup;
    }
}
