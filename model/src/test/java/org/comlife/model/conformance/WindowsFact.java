package org.comlife.model.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The citation of one conformance test: the Windows behaviour it checks is its display name;
 * this says where that behaviour is recorded, and, for a departure, what the model does instead
 * and why. A departure's test asserts the model's documented behaviour, so drift is caught either
 * way, and the README's departures table lists its id. {@code ConformanceTableTest} reads these
 * to write model/CONFORMANCE.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface WindowsFact {
    /** Unique in the suite: the area's letter and a number. */
    String id();

    Source source();

    /** The test function, or the documentation page, that records the behaviour. */
    String where();

    /** The short expectation the source asserts (a Wine {@code ok(...)} condition), if any. */
    String expects() default "";

    /** For a departure: what the model does instead. Empty when the model behaves as Windows. */
    String model() default "";

    /** For a departure: why the model departs. Empty when the model behaves as Windows. */
    String departure() default "";
}
