package org.comlife.checks.jpf.search;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** How the JPF JVM hands its {@link JpfFacts} back: a properties file, lists as numbered keys. */
public final class JpfFactsFile {
    private JpfFactsFile() {
    }

    public static void write(JpfFacts facts, Path file) throws IOException {
        Properties out = new Properties();
        out.setProperty("vmInitialized", String.valueOf(facts.vmInitialized()));
        JpfStatistics statistics = facts.statistics();
        out.setProperty("newStates", String.valueOf(statistics.newStates()));
        out.setProperty("visitedStates", String.valueOf(statistics.visitedStates()));
        out.setProperty("endStates", String.valueOf(statistics.endStates()));
        out.setProperty("maxDepth", String.valueOf(statistics.maxDepth()));
        out.setProperty("instructions", String.valueOf(statistics.instructions()));
        out.setProperty("programStates", String.valueOf(statistics.programStates()));
        out.setProperty("millis", String.valueOf(facts.millis()));
        out.setProperty("peakHeapBytes", String.valueOf(facts.peakHeapBytes()));
        putIfPresent(out, "searchConstraint", facts.searchConstraint());
        putIfPresent(out, "failure", facts.failure());
        JpfErrorReport error = facts.error();
        if (error != null) {
            out.setProperty("error.property", error.property());
            out.setProperty("error.description", error.description());
            out.setProperty("error.details", error.details());
            putList(out, "error.thread", error.threads());
            List<JpfStep> steps = error.steps();
            out.setProperty("error.step.count", String.valueOf(steps.size()));
            for (int i = 0; i < steps.size(); i++) {
                out.setProperty("error.step." + i + ".thread", steps.get(i).thread());
                out.setProperty("error.step." + i + ".call", steps.get(i).call());
            }
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.store(writer, "comlife JPF run");
        }
    }

    public static JpfFacts read(Path file) throws IOException {
        Properties in = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.load(reader);
        }
        JpfStatistics statistics = new JpfStatistics(number(in, "newStates"), number(in, "visitedStates"),
                number(in, "endStates"), (int) number(in, "maxDepth"), number(in, "instructions"),
                number(in, "programStates"));
        JpfErrorReport error = null;
        if (in.getProperty("error.property") != null) {
            int count = (int) number(in, "error.step.count");
            List<JpfStep> steps = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                steps.add(new JpfStep(in.getProperty("error.step." + i + ".thread"),
                        in.getProperty("error.step." + i + ".call")));
            }
            error = new JpfErrorReport(in.getProperty("error.property"), in.getProperty("error.description"),
                    in.getProperty("error.details", ""), getList(in, "error.thread"), steps);
        }
        return new JpfFacts(Boolean.parseBoolean(in.getProperty("vmInitialized")), statistics,
                number(in, "millis"), number(in, "peakHeapBytes"), in.getProperty("searchConstraint"),
                in.getProperty("failure"), error);
    }

    private static void putIfPresent(Properties out, String key, String value) {
        if (value != null) {
            out.setProperty(key, value);
        }
    }

    private static void putList(Properties out, String key, List<String> values) {
        out.setProperty(key + ".count", String.valueOf(values.size()));
        for (int i = 0; i < values.size(); i++) {
            out.setProperty(key + "." + i, values.get(i));
        }
    }

    private static List<String> getList(Properties in, String key) {
        int count = (int) number(in, key + ".count");
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(in.getProperty(key + "." + i));
        }
        return values;
    }

    private static long number(Properties in, String key) {
        String value = in.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("the JPF run's result has no " + key);
        }
        return Long.parseLong(value);
    }
}
