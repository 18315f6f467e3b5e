package org.comlife.checks.jpf.host;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.jpf.program.JpfScenarioDriver;
import org.comlife.checks.jpf.race.JpfHelperRaceDriver;
import org.comlife.checks.jpf.program.JpfProgramStateMatching;
import org.comlife.model.ComWorld;
import org.comlife.specs.invariants.InvariantChecker;

/**
 * JPF's arguments for one run of the target's driver ({@link JpfScenarioDriver} or
 * {@link JpfHelperRaceDriver}): the site, the target and its
 * arguments, the program's class path (model, specs, checks), the budget through
 * BudgetChecker, recorded steps for error paths, the first error only, and the granularity.
 */
final class JpfConfiguration {
    static final String BUDGET_CHECKER = "gov.nasa.jpf.listener.BudgetChecker";

    private JpfConfiguration() {
    }

    static List<String> arguments(Path siteFile, JpfTarget target, JpfBudget budget, JpfGranularity granularity,
                                  List<Path> userClasspath) {
        List<String> arguments = new ArrayList<>();
        arguments.add("+site=" + siteFile);
        arguments.add("+target=" + target.driver());
        boolean apiSteps = granularity.apiSteps() && target.driver().equals(JpfScenarioDriver.class.getName());
        String turns = granularity.programStates() ? JpfScenarioDriver.PROGRAM_STATES : JpfScenarioDriver.API_STEPS;
        arguments.add("+target.args=" + target.program() + "," + target.implementation()
                + (apiSteps ? "," + turns : ""));
        arguments.add("+classpath=" + programClasspath(userClasspath));
        arguments.add("+listener=" + BUDGET_CHECKER);
        arguments.add("+budget.max_time=" + budget.maxMillis());
        arguments.add("+budget.max_state=" + budget.maxStates());
        arguments.add("+vm.store_steps=true");
        arguments.add("+search.multiple_errors=false");
        for (String setting : granularity.settings()) {
            arguments.add("+" + setting);
        }
        if (apiSteps && granularity.programStates()) {
            arguments.add(JpfProgramStateMatching.ARGUMENT);
        }
        return arguments;
    }

    /** The site file's text: jpf-core where the user installed it, and no other extension. */
    static String siteProperties(JpfInstallation installation) {
        String home = installation.home().toString().replace('\\', '/');
        return "jpf-core = " + home + "\nextensions = ${jpf-core}\n";
    }

    /** Where the driver's classes are (model, specs, checks): JPF's class path, and the JPF JVM's too. */
    static List<Path> programLocations() {
        return CodeLocations.of(ComWorld.class, InvariantChecker.class, JpfScenarioDriver.class);
    }

    /** The program's locations, then the user's (their implementation class), as JPF's class path, whose separators are ',' and ';'. */
    static String programClasspath(List<Path> userClasspath) {
        List<Path> locations = new ArrayList<>(programLocations());
        locations.addAll(userClasspath);
        StringBuilder classpath = new StringBuilder();
        for (Path location : locations) {
            String entry = location.toString();
            if (entry.contains(",") || entry.contains(";")) {
                throw new IllegalStateException("JPF cannot use a class path entry with ',' or ';': " + entry);
            }
            if (classpath.length() > 0) {
                classpath.append(',');
            }
            classpath.append(entry);
        }
        return classpath.toString();
    }
}
