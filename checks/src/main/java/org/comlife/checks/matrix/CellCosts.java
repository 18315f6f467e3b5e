package org.comlife.checks.matrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comlife.checks.faults.Fault;

/**
 * What each cell of the matrix costs, in milliseconds of a full hunt, as measured and pinned in
 * {@code cell-costs.tsv} beside this class (row, engine, milliseconds; how it was measured is in
 * the README, "Shards"). Shards are dealt by these costs; {@code CellCostsTest} fails when a row or
 * an engine has no cost, so a new fault or engine is measured before it is dealt. In the quick
 * scope a cell its engine does not claim is not run and costs nothing.
 */
public final class CellCosts {
    /** The cost of a cell the table does not know (a row added since the table was measured). */
    static final long UNKNOWN_MILLIS = 5_000;
    private static final Map<String, Long> MEASURED = load();

    private CellCosts() {
    }

    /** The cell's measured cost in the scope, given the faults of the plan (for their claims). */
    public static long millis(CellKey cell, MatrixScope scope, List<Fault> faults) {
        if (scope == MatrixScope.CLAIMED_ONLY) {
            for (Fault fault : faults) {
                if (fault.id().toString().equals(cell.row()) && !fault.isClaimedBy(cell.engine())) {
                    return 0;
                }
            }
        }
        return MEASURED.getOrDefault(key(cell), UNKNOWN_MILLIS);
    }

    /** Whether the table has a measured cost for the cell. */
    public static boolean isMeasured(CellKey cell) {
        return MEASURED.containsKey(key(cell));
    }

    private static String key(CellKey cell) {
        return cell.row() + "\t" + cell.engine().id();
    }

    private static Map<String, Long> load() {
        Map<String, Long> costs = new HashMap<>();
        try (InputStream in = CellCosts.class.getResourceAsStream("cell-costs.tsv")) {
            if (in == null) {
                throw new IllegalStateException("cell-costs.tsv is missing beside " + CellCosts.class.getName());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException("cell-costs.tsv: not row, engine, millis: " + line);
                }
                costs.put(fields[0] + "\t" + fields[1], Long.parseLong(fields[2].trim()));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return costs;
    }
}
