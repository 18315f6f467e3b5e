package org.comlife.checks.property;

/** Thrown when a property fails: its message is the whole report, seed and minimal case included. */
public final class PropertyFailure extends AssertionError {
    private final transient PropertyResult result;

    public PropertyFailure(PropertyResult result) {
        super(result.report());
        this.result = result;
    }

    public PropertyResult result() {
        return result;
    }
}
