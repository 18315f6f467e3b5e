package org.comlife.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of {@link ComThread} that is one COM API call: a program calls it, the journal
 * records it, and the end of an outermost one is a scheduling point. The thread's other public
 * methods (its name, its apartment, what it waits for) are not calls. The mark is kept in the
 * class file, so a checker can tell a program's COM calls from the rest by reflection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ComApi {
}
