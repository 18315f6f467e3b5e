package org.comlife.model;

/**
 * An HRESULT with the out-parameter of the call (a stream, a cookie, an interface pointer).
 * The value is null whenever the HRESULT is a failure, as COM sets out-parameters to NULL.
 */
public final class ComResult<T> {
    private final HResult hr;
    private final T value;

    private ComResult(HResult hr, T value) {
        this.hr = hr;
        this.value = value;
    }

    public static <T> ComResult<T> of(HResult hr, T value) {
        return new ComResult<>(hr, hr.failed() ? null : value);
    }

    public static <T> ComResult<T> ok(T value) {
        return new ComResult<>(HResult.S_OK, value);
    }

    public static <T> ComResult<T> fail(HResult hr) {
        if (hr.succeeded()) {
            throw new IllegalArgumentException("fail() needs a failure code, got " + hr);
        }
        return new ComResult<>(hr, null);
    }

    public HResult hr() {
        return hr;
    }

    public T value() {
        return value;
    }

    public boolean succeeded() {
        return hr.succeeded();
    }

    @Override
    public String toString() {
        return value == null ? hr.name() : hr.name() + " " + value;
    }
}
