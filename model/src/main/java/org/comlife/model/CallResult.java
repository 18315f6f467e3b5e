package org.comlife.model;

/**
 * What a method call on an interface returns: its HRESULT and its out-value. An out-value that
 * is an {@link InterfacePointer} is marshaled back to the caller's apartment by the proxy.
 */
public final class CallResult {
    private final HResult hr;
    private final Object value;

    private CallResult(HResult hr, Object value) {
        this.hr = hr;
        this.value = value;
    }

    public static CallResult of(HResult hr, Object value) {
        return new CallResult(hr, hr.failed() ? null : value);
    }

    public static CallResult ok(Object value) {
        return new CallResult(HResult.S_OK, value);
    }

    public static CallResult fail(HResult hr) {
        return new CallResult(hr, null);
    }

    public HResult hr() {
        return hr;
    }

    public Object value() {
        return value;
    }

    /** The out-value as an interface pointer, or null. */
    public InterfacePointer pointer() {
        return value instanceof InterfacePointer ? (InterfacePointer) value : null;
    }

    @Override
    public String toString() {
        return value == null ? hr.name() : hr.name() + " " + value;
    }
}
