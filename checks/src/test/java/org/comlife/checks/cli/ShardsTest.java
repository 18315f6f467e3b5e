package org.comlife.checks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comlife.reports.json.ReportJson;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards are exact: each shard of a correct matrix passes on its own (the one without the
 * reference row too), their cells are disjoint and cover the matrix, and their merge has the
 * unsharded run's cells and verdict, with every replay file; a missing, doubled or foreign shard
 * is refused.
 */
class ShardsTest {
    private static final String[] MATRIX = {"--faults", "double-unmarshal,lockserver-window,unbalanced-unlock",
        "--engines", "property", "--quick"};
    @RegisterExtension
    final Terminal terminal = new Terminal();


    /** Two shards, each passing, merge into the unsharded run's cells and verdict; partial merges are refused. */
    @Test
    void twoShardsMergeIntoTheWholeRun(@TempDir Path temp) throws Exception {
        Path whole = temp.resolve("whole");
        Path first = temp.resolve("shard-1");
        Path second = temp.resolve("shard-2");
        Path merged = temp.resolve("merged");
        assertThat(hunt(whole)).as(terminal.out()).isZero();
        assertThat(hunt(first, "--shard", "1/2")).as(terminal.out()).isZero();
        assertThat(hunt(second, "--shard", "2/2")).as(terminal.out()).isZero();

        MatrixReport one = ReportJson.read(first.resolve("report.json"));
        MatrixReport two = ReportJson.read(second.resolve("report.json"));
        assertThat(one.isPartial()).isTrue();
        Map<String, String> firstCells = statuses(one);
        Map<String, String> secondCells = statuses(two);
        assertThat(firstCells.keySet()).doesNotContainAnyElementsOf(secondCells.keySet());
        assertThat(firstCells).isNotEmpty();
        assertThat(secondCells).isNotEmpty();

        assertThat(ComlifeCommand.execute("merge", first.resolve("report.json").toString(),
                second.resolve("report.json").toString(), "--out", merged.toString())).as(terminal.err()).isZero();
        MatrixReport unsharded = ReportJson.read(whole.resolve("report.json"));
        MatrixReport joined = ReportJson.read(merged.resolve("report.json"));
        assertThat(statuses(joined)).isEqualTo(statuses(unsharded));
        assertThat(joined.summary().verdict()).isEqualTo(unsharded.summary().verdict());
        assertThat(joined.shards()).containsExactly("1/2", "2/2");
        for (Row row : joined.rows()) {
            for (Cell cell : row.cells()) {
                if (cell.counterexample() != null && cell.counterexample().replayFile() != null) {
                    assertThat(merged.resolve(cell.counterexample().replayFile())).exists();
                }
            }
        }
        assertThat(joined.replayHelp()).contains(merged.toString());
    }

    /** A merge of one of two shards, of a shard twice, or of shards of two matrices is refused with exit 2. */
    @Test
    void incompleteOrForeignMergesAreRefused(@TempDir Path temp) throws Exception {
        Path first = temp.resolve("shard-1");
        Path other = temp.resolve("other-2");
        assertThat(hunt(first, "--shard", "1/2")).isZero();
        List<String> otherMatrix = new ArrayList<>(List.of(MATRIX));
        otherMatrix.set(1, "double-unmarshal");
        otherMatrix.addAll(List.of("--shard", "2/2", "--out", other.toString()));
        otherMatrix.add(0, "hunt");
        assertThat(ComlifeCommand.execute(otherMatrix.toArray(new String[0]))).isZero();
        String shard = first.resolve("report.json").toString();

        assertThat(merge(temp, shard)).isEqualTo(ComlifeCommand.EXIT_USAGE);
        assertThat(terminal.err()).contains("shard 2/2 is missing");
        assertThat(merge(temp, shard, shard)).isEqualTo(ComlifeCommand.EXIT_USAGE);
        assertThat(terminal.err()).contains("shard 1/2 is given twice");
        assertThat(merge(temp, shard, other.resolve("report.json").toString())).isEqualTo(ComlifeCommand.EXIT_USAGE);
        assertThat(terminal.err()).contains("share the plan");
    }

    /** A second hunt into the same folder leaves none of the first hunt's replay or trace files. */
    @Test
    void aSecondHuntClearsTheFirstHuntsFiles(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("report");
        assertThat(ComlifeCommand.execute("hunt", "--faults", "double-unmarshal", "--engines", "property",
                "--out", folder.toString())).isZero();
        assertThat(folder.resolve("counterexamples/double-unmarshal-property.json")).exists();
        Files.createDirectories(folder.resolve("traces"));
        Files.writeString(folder.resolve("traces/old-engine.txt"), "an earlier run's output");

        assertThat(ComlifeCommand.execute("hunt", "--faults", "unbalanced-unlock", "--engines", "property",
                "--out", folder.toString())).isZero();

        assertThat(folder.resolve("counterexamples/double-unmarshal-property.json")).doesNotExist();
        assertThat(folder.resolve("counterexamples/unbalanced-unlock-property.json")).exists();
        assertThat(folder.resolve("traces/old-engine.txt")).doesNotExist();
    }

    private int hunt(Path folder, String... more) {
        List<String> command = new ArrayList<>(List.of("hunt"));
        command.addAll(List.of(MATRIX));
        command.addAll(List.of(more));
        command.addAll(List.of("--out", folder.toString()));
        return ComlifeCommand.execute(command.toArray(new String[0]));
    }

    private int merge(Path temp, String... shards) {
        terminal.reset();
        List<String> command = new ArrayList<>(List.of("merge"));
        command.addAll(List.of(shards));
        command.addAll(List.of("--out", temp.resolve("merged").toString()));
        return ComlifeCommand.execute(command.toArray(new String[0]));
    }

    /** Every cell's status, by "row x engine". */
    private static Map<String, String> statuses(MatrixReport report) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Row row : report.rows()) {
            for (Cell cell : row.cells()) {
                cells.put(row.id() + " x " + cell.engine(), cell.status().name());
            }
        }
        return cells;
    }
}
