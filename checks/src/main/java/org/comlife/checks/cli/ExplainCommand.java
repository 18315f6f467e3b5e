package org.comlife.checks.cli;

import java.util.concurrent.Callable;
import org.comlife.checks.faults.EngineClaim;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.matrix.EngineId;
import org.comlife.model.Invariant;
import org.comlife.reports.text.TextSwimlaneRenderer;
import org.comlife.reports.text.WordWrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Tells one fault's story: what goes wrong, its minimal counterexample drawn as a text swimlane
 * (one column per thread, with the names the story uses), the invariant it breaks, the fix, and
 * which engines claim it (and why the others do not). Nothing is searched: the counterexample is
 * pinned with the catalogue ({@link PinnedCounterexamples}), the shortest schedule of API calls
 * the explorer finds, or for a fault inside one helper call the interleaving of its Lincheck
 * check. Everything is drawn and wrapped to the terminal's width.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a fault: its story, its minimal counterexample as a swimlane, the invariant, the fix.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the fault id (see `comlife list`)")
    String faultId;

    @Option(names = "--width", description = "columns to draw and wrap at (default: COLUMNS, else the terminal's "
            + "width, else 80; at least 40)")
    Integer width;

    @Override
    public Integer call() {
        Fault fault = FaultSelection.named(faultId);
        int columns = TerminalWidth.of(width);
        StringBuilder text = new StringBuilder();
        text.append(WordWrap.wrap(fault.id() + ": " + fault.title() + " (" + fault.kind().name().toLowerCase()
                + " fault)", columns)).append("\n\n");
        text.append(WordWrap.wrap(fault.story(), columns)).append("\n\n");
        PinnedCounterexamples.Pinned pinned = PinnedCounterexamples.of(fault.id().toString());
        if (pinned == null) {
            text.append(WordWrap.wrap("No minimal counterexample is pinned for this fault yet; `comlife hunt --faults "
                    + fault.id() + "` finds one.", columns)).append("\n\n");
        } else {
            text.append(WordWrap.wrap(heading(pinned), columns)).append('\n');
            text.append(TextSwimlaneRenderer.render(pinned.counterexample(), columns)).append('\n');
        }
        for (Invariant invariant : fault.invariants()) {
            text.append(WordWrap.wrap("Breaks " + invariant + ": " + invariant.statement(), columns)).append('\n');
        }
        text.append('\n').append(WordWrap.wrap("Fix: " + fault.fix(), columns)).append("\n\n");
        text.append("Engines:\n");
        for (EngineClaim claim : fault.claims()) {
            EngineId engine = claim.engine();
            text.append(indented(engine.displayName() + " (" + engine.id() + "): " + claim.describe(), columns))
                    .append('\n');
        }
        System.out.print(text);
        return 0;
    }

    private static String heading(PinnedCounterexamples.Pinned pinned) {
        if (pinned.engine().equals(EngineId.EXHAUSTIVE.id())) {
            return "Minimal counterexample (" + pinned.length() + " scheduling steps, "
                    + pinned.counterexample().steps().size() + " calls; the exhaustive explorer's shortest schedule):";
        }
        return "Counterexample from Lincheck's check of the helper (" + pinned.length() + " steps; "
                + pinned.counterexample().explanation() + "):";
    }

    /** A line wrapped with the lines after the first indented, under "  ". */
    private static String indented(String line, int columns) {
        return "  " + WordWrap.wrap(line, columns - 4).replace("\n", "\n    ");
    }
}
