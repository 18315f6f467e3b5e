package org.comlife.checks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs a class of sample tests through the JUnit Platform, for tests of comlife's JUnit extensions. */
public final class LaunchedTests {
    private LaunchedTests() {
    }

    /** Runs the class's tests and answers what happened to them. */
    public static TestExecutionSummary launch(Class<?> tests) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(tests)).build(),
                listener);
        return listener.getSummary();
    }
}
