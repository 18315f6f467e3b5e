package org.comlife.reports.schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One step of a counterexample: one thread performs one operation and gets a result.
 *
 * @param index     the step's number as the engine reports it (a journal position, so a shrunk
 *                  counterexample may skip numbers); unique and increasing within a counterexample
 * @param thread    the name of the thread that performs the step; one of the counterexample's threads
 * @param operation what the thread does, e.g. a call with its arguments
 * @param result    what the operation answered, e.g. a return code; null when it answers nothing
 * @param note      a remark for the reader about this step; null when there is none
 */
@JsonPropertyOrder({"index", "thread", "operation", "result", "note"})
public record Step(int index, String thread, String operation, String result, String note) {

    public Step {
        Required.text(thread, "step thread");
        Required.text(operation, "step operation");
    }

    /** A step without a note. */
    public static Step of(int index, String thread, String operation, String result) {
        return new Step(index, thread, operation, result, null);
    }
}
