package org.comlife.checks.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.comlife.reports.io.ReportWriteException;
import org.comlife.reports.io.ReportWriter;
import org.comlife.reports.json.ReportJson;
import org.comlife.reports.merge.ShardMerger;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Merges the report.json files of several shards into one report. Exit code as for hunt. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge shard reports into one report.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", description = "the shards' report.json files")
    List<Path> reports;

    @Option(names = "--out", defaultValue = "comlife-report", description = "report folder")
    Path out;

    @Override
    public Integer call() {
        List<MatrixReport> shards = new ArrayList<>();
        for (Path report : reports) {
            try {
                shards.add(ReportJson.read(report));
            } catch (IOException unreadable) {
                throw new UsageProblem("cannot read " + report + ": " + unreadable.getMessage());
            }
        }
        MatrixReport merged;
        try {
            merged = ShardMerger.merge(shards);
        } catch (RuntimeException conflict) {
            throw new UsageProblem(conflict.getMessage());
        }
        try {
            ReportWriter.write(merged, out);
        } catch (ReportWriteException unwritable) {
            throw new UsageProblem(unwritable.getMessage());
        }
        System.out.println("merged " + shards.size() + " shards into " + out.toAbsolutePath() + ": "
                + merged.summary().verdict());
        return merged.summary().verdict() == Verdict.PASS ? 0 : ComlifeCommand.EXIT_FAILED;
    }
}
