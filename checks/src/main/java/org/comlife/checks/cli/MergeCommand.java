package org.comlife.checks.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.comlife.reports.io.AtomicFileWriter;
import org.comlife.reports.io.ReportWriteException;
import org.comlife.reports.io.ReportWriter;
import org.comlife.reports.json.ReportJson;
import org.comlife.reports.merge.ShardMerger;
import org.comlife.reports.render.ReplayText;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.Verdict;
import org.comlife.reports.text.TextSummaryRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Merges the report.json files of the n shards of one matrix into the whole report, with every
 * shard's engine traces and replay files copied beside it. It refuses a missing shard, a shard
 * given twice and a shard of another matrix (another plan, another n), so its exit code is the
 * gate on the whole matrix: 0 only when the merged report passes.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the reports of all n shards of one matrix into one report; exit 0 only when it passes.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", description = "the shards' report.json files (each shard's folder holds its "
            + "traces/ and counterexamples/)")
    List<Path> reports;

    @Option(names = "--out", defaultValue = "comlife-report", description = "report folder")
    Path out;

    @Override
    public Integer call() {
        List<MatrixReport> shards = new ArrayList<>();
        Map<String, String> replayFiles = new LinkedHashMap<>();
        for (Path report : reports) {
            MatrixReport shard;
            try {
                shard = ReportJson.read(report);
            } catch (IOException | RuntimeException unreadable) {
                throw new UsageProblem("cannot read " + report + ": " + unreadable.getMessage());
            }
            shards.add(shard);
            readReplayFiles(shard, report.toAbsolutePath().getParent(), replayFiles);
        }
        MatrixReport merged;
        try {
            merged = ShardMerger.merge(shards)
                    .withReplayHelp(HuntCommand.REPLAY_COMMAND + " " + out + "/" + ReplayText.FILE_PLACEHOLDER);
        } catch (RuntimeException conflict) {
            throw new UsageProblem("cannot merge: " + conflict.getMessage());
        }
        try {
            Path folder = out.resolve(ReplayFiles.FOLDER);
            Files.createDirectories(folder);
            try (var stale = Files.newDirectoryStream(folder, "*.json")) {
                for (Path file : stale) {
                    Files.deleteIfExists(file);
                }
            }
            for (Map.Entry<String, String> file : replayFiles.entrySet()) {
                AtomicFileWriter.write(out.resolve(file.getKey()), file.getValue());
            }
            ReportWriter.write(merged, out);
        } catch (ReportWriteException unwritable) {
            throw new UsageProblem(unwritable.getMessage());
        } catch (IOException unwritable) {
            throw new UsageProblem("cannot write the merged report into " + out + ": " + unwritable.getMessage());
        }
        System.out.println("merged " + shards.size() + " shards of one matrix into " + out);
        System.out.println();
        System.out.print(TextSummaryRenderer.render(merged, out.toString()));
        return merged.summary().verdict() == Verdict.PASS ? 0 : ComlifeCommand.EXIT_FAILED;
    }

    /** Every replay file the shard's cells name, read from the shard's folder (a missing one is bad input). */
    private static void readReplayFiles(MatrixReport shard, Path folder, Map<String, String> files) {
        for (Row row : shard.rows()) {
            for (Cell cell : row.cells()) {
                if (cell.counterexample() == null || cell.counterexample().replayFile() == null) {
                    continue;
                }
                Path file = folder.resolve(cell.counterexample().replayFile());
                try {
                    files.put(cell.counterexample().replayFile(), Files.readString(file));
                } catch (IOException missing) {
                    throw new UsageProblem("the shard in " + folder + " names " + cell.counterexample().replayFile()
                            + ", which cannot be read: " + missing.getMessage());
                }
            }
        }
    }
}
