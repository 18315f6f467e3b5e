package org.comlife.checks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs a class of sample tests through the JUnit Platform, for tests of comlife's JUnit
 * extensions. The samples are enabled only while launched this way
 * ({@code @EnabledIf("org.comlife.checks.LaunchedTests#launching")}), so the build's own test run
 * skips them.
 */
public final class LaunchedTests {
    private static volatile boolean launching;

    private LaunchedTests() {
    }

    /** Whether samples are being launched by a test (they run only then). */
    public static boolean launching() {
        return launching;
    }

    /** Runs the class's tests and answers what happened to them. */
    public static TestExecutionSummary launch(Class<?> tests) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launching = true;
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(tests))
                    .build(), listener);
        } finally {
            launching = false;
        }
        return listener.getSummary();
    }
}
