package org.comlife.model;

/**
 * A NULL out-parameter: what a C caller passes when it gives COM no place to write the result
 * (the {@code ppv}, the stream or the cookie pointer). The model's calls return their results
 * instead of writing them, so the overloads that take a {@code NullOut} are the calls made with
 * that argument NULL; they answer as Windows does and change nothing. A Java {@code null} passed
 * for it means the same.
 */
public enum NullOut {
    NULL
}
