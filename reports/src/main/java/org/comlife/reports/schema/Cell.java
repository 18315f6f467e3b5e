package org.comlife.reports.schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What one engine did with one row.
 *
 * @param engine               the {@link EngineInfo#id()} of the engine
 * @param status               what the engine concluded
 * @param claimed              whether the engine claims to catch this row's fault (for the reference
 *                             row: whether it claims to pass it); an {@link Status#ESCAPED} cell is
 *                             always claimed and a {@link Status#NOT_CLAIMED} cell never is
 * @param millis               wall-clock time of the engine's run, in milliseconds
 * @param explored             how much the engine explored, counted in {@code exploredUnit}
 * @param exploredUnit         what {@code explored} counts, e.g. "states", "invocations", "chains",
 *                             "interleavings"; null when the engine explored nothing (skipped)
 * @param counterexampleLength the number of steps of the counterexample found; null when none was
 *                             found; defaults to the counterexample's step count
 * @param counterexample       the interleaving found; null when none was found or the engine cannot
 *                             produce one (then counterexampleLength may still be known)
 * @param message              a sentence for the reader: the skip reason, what the crash was, or a
 *                             remark; required for {@link Status#SKIPPED} and {@link Status#ERROR}
 * @param trace                the engine's own text (its report, a stack trace), as a bounded
 *                             excerpt; always null for cells where the engine found nothing and did
 *                             not fail ({@link Status#PASSED}, {@link Status#NOT_CLAIMED},
 *                             {@link Status#SKIPPED}): a trace given for them is dropped
 */
@JsonPropertyOrder({"engine", "status", "claimed", "millis", "explored", "exploredUnit",
        "counterexampleLength", "counterexample", "message", "trace"})
public record Cell(
        String engine,
        Status status,
        boolean claimed,
        long millis,
        long explored,
        String exploredUnit,
        Integer counterexampleLength,
        Counterexample counterexample,
        String message,
        RawTrace trace) {

    /** The longest {@code message} an {@link #error} cell keeps of the failure's first line; the rest is in the trace. */
    public static final int ERROR_MESSAGE_LENGTH = 300;

    public Cell {
        Required.text(engine, "cell engine");
        if (status == null) {
            throw new IllegalArgumentException("cell status must not be null (engine " + engine + ")");
        }
        if (millis < 0 || explored < 0) {
            throw new IllegalArgumentException("cell millis and explored must not be negative (engine " + engine + ")");
        }
        if (status == Status.ESCAPED && !claimed) {
            throw new IllegalArgumentException("an ESCAPED cell must be claimed: an engine cannot miss what it never claimed");
        }
        if (status == Status.NOT_CLAIMED && claimed) {
            throw new IllegalArgumentException("a NOT_CLAIMED cell cannot be claimed; a claimed miss is ESCAPED");
        }
        if (status == Status.SKIPPED || status == Status.ERROR) {
            Required.text(message, status + " cell message (engine " + engine + ")");
        }
        if (counterexampleLength == null && counterexample != null) {
            counterexampleLength = counterexample.steps().size();
        }
        if (status == Status.PASSED || status == Status.NOT_CLAIMED || status == Status.SKIPPED) {
            trace = null;
        }
    }

    /** A cell without an engine trace. */
    public Cell(String engine, Status status, boolean claimed, long millis, long explored, String exploredUnit,
                Integer counterexampleLength, Counterexample counterexample, String message) {
        this(engine, status, claimed, millis, explored, exploredUnit, counterexampleLength, counterexample, message,
                null);
    }

    /** A cell for an engine that did not run, with the reason. */
    public static Cell skipped(String engine, boolean claimed, String reason) {
        return new Cell(engine, Status.SKIPPED, claimed, 0, 0, null, null, null, reason, null);
    }

    /**
     * A cell for an engine whose run crashed after {@code millis}: the failure's first line is the
     * message, and the whole failure (a stack trace) is the trace when there is more to it.
     */
    public static Cell error(String engine, boolean claimed, long millis, String failure) {
        String whole = Required.text(failure, "ERROR cell failure (engine " + engine + ")").strip();
        int lineEnd = whole.indexOf('\n');
        String firstLine = (lineEnd < 0 ? whole : whole.substring(0, lineEnd)).strip();
        String message = Required.cut(firstLine, ERROR_MESSAGE_LENGTH);
        RawTrace trace = message.equals(whole) ? null : RawTrace.of(whole);
        return new Cell(engine, Status.ERROR, claimed, millis, 0, null, null, null, message, trace);
    }

    /** This cell with another counterexample (e.g. the same one, with its replay file). */
    public Cell withCounterexample(Counterexample newCounterexample) {
        return new Cell(engine, status, claimed, millis, explored, exploredUnit, counterexampleLength,
                newCounterexample, message, trace);
    }

    /** This cell with another trace (e.g. the same one, its whole text saved in a file). */
    public Cell withTrace(RawTrace newTrace) {
        return new Cell(engine, status, claimed, millis, explored, exploredUnit, counterexampleLength, counterexample,
                message, newTrace);
    }
}
