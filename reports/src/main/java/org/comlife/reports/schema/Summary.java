package org.comlife.reports.schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The totals of a matrix and its verdict. Always computed from the rows by {@link #of(List)} (or
 * {@link #ofShard(List)} for one shard of several), never written by hand, so that a report cannot
 * claim a verdict its cells do not support.
 *
 * @param verdict         PASS exactly when {@code failureReasons} is empty
 * @param referencePassed there is a reference row, at least one engine passed it, and no engine
 *                        found a violation in it
 * @param faults          the number of fault rows
 * @param faultsCaught    fault rows caught by at least one engine
 * @param faultsEscaped   fault rows that no engine caught, or that escaped an engine claiming them
 *                        (a row can count as both caught and escaped)
 * @param errors          cells whose engine run crashed
 * @param skippedCells    cells whose engine did not run
 * @param totalMillis     the sum of all cells' times (engine time, not wall-clock time of the job)
 * @param failureReasons  one sentence per reason the verdict is FAIL, in a stable order
 * @param partial         the verdict is one shard's, on its own cells only: none crashed, none found
 *                        a violation in the implementation, no claimed fault escaped; what only the
 *                        whole matrix shows (a reference row, every fault caught somewhere) is
 *                        judged on the merged report
 */
@JsonPropertyOrder({"verdict", "referencePassed", "faults", "faultsCaught", "faultsEscaped", "errors",
        "skippedCells", "totalMillis", "failureReasons", "partial"})
public record Summary(
        Verdict verdict,
        boolean referencePassed,
        int faults,
        int faultsCaught,
        int faultsEscaped,
        int errors,
        int skippedCells,
        long totalMillis,
        List<String> failureReasons,
        boolean partial) {

    public Summary {
        failureReasons = Required.list(failureReasons, "summary failureReasons");
    }

    /** The summary the rows of a whole matrix support. */
    public static Summary of(List<Row> rows) {
        return of(rows, false);
    }

    /** The summary of one shard's rows: only what its own cells show can fail it. */
    public static Summary ofShard(List<Row> rows) {
        return of(rows, true);
    }

    private static Summary of(List<Row> rows, boolean partial) {
        List<Row> references = rows.stream().filter(row -> row.kind() == RowKind.REFERENCE).toList();
        List<Row> faultRows = rows.stream().filter(row -> row.kind().isFault()).toList();
        List<Cell> cells = rows.stream().flatMap(row -> row.cells().stream()).toList();

        boolean referencePassed = !references.isEmpty()
                && references.stream().allMatch(row -> has(row, Status.PASSED)
                && !has(row, Status.VIOLATION_IN_IMPLEMENTATION));
        int caught = (int) faultRows.stream().filter(row -> has(row, Status.CAUGHT)).count();
        List<String> escapedIds = faultRows.stream()
                .filter(row -> (!partial && !has(row, Status.CAUGHT)) || has(row, Status.ESCAPED))
                .map(Row::id)
                .toList();
        int errors = (int) cells.stream().filter(cell -> cell.status() == Status.ERROR).count();
        int skipped = (int) cells.stream().filter(cell -> cell.status() == Status.SKIPPED).count();
        long millis = cells.stream().mapToLong(Cell::millis).sum();

        List<String> reasons = new ArrayList<>();
        boolean violation = references.stream().anyMatch(row -> has(row, Status.VIOLATION_IN_IMPLEMENTATION));
        if (references.isEmpty() && !partial) {
            reasons.add("no reference row: nothing shows the engines accept a correct implementation");
        } else if (!referencePassed && (violation || !partial)) {
            reasons.add(referenceFailure(references));
        }
        if (!escapedIds.isEmpty()) {
            reasons.add(count(escapedIds.size(), "fault", "faults") + " escaped: " + String.join(", ", escapedIds));
        }
        if (errors > 0) {
            reasons.add(count(errors, "engine run", "engine runs") + " gave no verdict (crashed, or did not end)");
        }
        Verdict verdict = reasons.isEmpty() ? Verdict.PASS : Verdict.FAIL;
        return new Summary(verdict, referencePassed, faultRows.size(), caught, escapedIds.size(),
                errors, skipped, millis, reasons, partial);
    }

    private static String referenceFailure(List<Row> references) {
        List<String> finders = references.stream()
                .flatMap(row -> row.cells().stream())
                .filter(cell -> cell.status() == Status.VIOLATION_IN_IMPLEMENTATION)
                .map(Cell::engine)
                .distinct()
                .toList();
        if (!finders.isEmpty()) {
            return "violation in the implementation under test, found by " + String.join(", ", finders);
        }
        return "no engine passed the implementation under test";
    }

    private static String count(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    private static boolean has(Row row, Status status) {
        return row.cells().stream().anyMatch(cell -> cell.status() == status);
    }
}
