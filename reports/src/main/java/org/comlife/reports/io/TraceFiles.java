package org.comlife.reports.io;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.RawTrace;
import org.comlife.reports.schema.Row;

/**
 * Where the whole text of each engine trace goes: a file of its own in the report's
 * {@value #FOLDER} folder, named after the row and the engine ({@code traces/split-release-lincheck.txt}),
 * for every trace whose excerpt is not the whole text. The report that is written names the file.
 *
 * @param report the report with every such trace naming its file
 * @param files  the text of each file, by its path relative to the report's folder
 */
record TraceFiles(MatrixReport report, Map<String, String> files) {
    static final String FOLDER = "traces";
    private static final int MAX_NAME_PART = 60;

    static TraceFiles plan(MatrixReport report) {
        Set<String> taken = new HashSet<>();
        // A trace read without its text keeps the file it names; a new file must not take that name.
        report.rows().forEach(row -> row.cells().forEach(cell -> {
            if (cell.trace() != null && cell.trace().file() != null && !toBeWritten(cell.trace())) {
                taken.add(cell.trace().file());
            }
        }));
        Map<String, String> files = new LinkedHashMap<>();
        MatrixReport linked = report.withCells((row, cell) -> {
            RawTrace trace = cell.trace();
            if (trace == null || !toBeWritten(trace)) {
                return cell;
            }
            String file = freeName(row, cell, taken);
            files.put(file, trace.wholeText().orElseThrow());
            return cell.withTrace(trace.withFile(file));
        });
        return new TraceFiles(linked, files);
    }

    private static boolean toBeWritten(RawTrace trace) {
        return !trace.complete() && trace.wholeText().isPresent();
    }

    private static String freeName(Row row, Cell cell, Set<String> taken) {
        String base = FOLDER + "/" + safe(row.id()) + "-" + safe(cell.engine());
        String name = base + ".txt";
        for (int n = 2; !taken.add(name); n++) {
            name = base + "-" + n + ".txt";
        }
        return name;
    }

    /** An id as part of a file name: letters, digits, '.', '_' and '-' only, and not too long. */
    private static String safe(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]+", "_");
        if (safe.startsWith(".")) {
            safe = "_" + safe;
        }
        return safe.length() > MAX_NAME_PART ? safe.substring(0, MAX_NAME_PART) : safe;
    }
}
