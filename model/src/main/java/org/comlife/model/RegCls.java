package org.comlife.model;

/**
 * The REGCLS flags of {@code CoRegisterClassObject}, with their Windows values. They combine
 * with bitwise or: {@code RegCls.MULTIPLEUSE | RegCls.SUSPENDED}.
 */
public final class RegCls {
    /** One activation, then the registration is hidden from the SCM. */
    public static final int SINGLEUSE = 0;
    /** Any number of activations. */
    public static final int MULTIPLEUSE = 1;
    /** Not published to the SCM until {@code CoResumeClassObjects}. */
    public static final int SUSPENDED = 4;

    private static final int KNOWN = MULTIPLEUSE | SUSPENDED;

    private RegCls() {
    }

    /** Whether every bit set is one the model knows (MULTIPLEUSE, SUSPENDED). */
    public static boolean isValid(int flags) {
        return (flags & ~KNOWN) == 0;
    }

    public static String describe(int flags) {
        String use = (flags & MULTIPLEUSE) != 0 ? "REGCLS_MULTIPLEUSE" : "REGCLS_SINGLEUSE";
        return (flags & SUSPENDED) != 0 ? use + "|REGCLS_SUSPENDED" : use;
    }
}
