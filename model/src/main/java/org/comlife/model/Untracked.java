package org.comlife.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of the model whose accesses are not reported to {@link StateAccess}, or a method
 * that reads state without reporting it, with the reason: history rather than state (the
 * journal), numbers an explorer renames anyway, state only the owning thread ever touches, or
 * reads made only by snapshots and diagnostics between steps. The model's tracking test
 * accepts exactly the fields and methods marked so.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Untracked {
    /** Why the access needs no report. */
    String value();
}
