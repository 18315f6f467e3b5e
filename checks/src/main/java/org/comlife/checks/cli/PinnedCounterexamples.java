package org.comlife.checks.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.comlife.reports.schema.Counterexample;

/**
 * The minimal counterexample of every catalogue fault, pinned in {@value #RESOURCE} beside the
 * catalogue like a model checker's expected results: {@code comlife explain} prints it at once,
 * and {@code PinnedCounterexamplesTest} derives each again ({@link CounterexampleDerivation}) and
 * fails when the model, a fault or an engine changed it. To pin them again after a change that is
 * meant: {@code mvn -q -pl checks -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.comlife.checks.cli.PinCounterexamples}.
 */
final class PinnedCounterexamples {
    static final String RESOURCE = "/org/comlife/checks/faults/minimal-counterexamples.json";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PinnedCounterexamples() {
    }

    /**
     * One fault's counterexample: the engine that found it, its length in that engine's steps
     * (the explorer's scheduling steps, Lincheck's steps), and the steps themselves.
     */
    record Pinned(String fault, String engine, int length, Counterexample counterexample) {
    }

    /** Every pinned counterexample, in catalogue order. */
    static List<Pinned> all() {
        try (InputStream in = PinnedCounterexamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from comlife's jar");
            }
            return JSON.readValue(in, new TypeReference<List<Pinned>>() { });
        } catch (IOException unreadable) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", unreadable);
        }
    }

    /** The fault's pinned counterexample, or null when none is pinned. */
    static Pinned of(String fault) {
        for (Pinned pinned : all()) {
            if (pinned.fault().equals(fault)) {
                return pinned;
            }
        }
        return null;
    }
}
