package org.comlife.model;

/**
 * The REGCLS flags of {@code CoRegisterClassObject}, with their Windows values. They combine
 * with bitwise or: {@code RegCls.MULTIPLEUSE | RegCls.SUSPENDED}.
 */
public final class RegCls {
    /** One activation, then the registration is hidden from the SCM. */
    public static final int SINGLEUSE = 0;
    /**
     * Any number of activations; with CLSCTX_LOCAL_SERVER the class object is also registered
     * for in-process lookups.
     */
    public static final int MULTIPLEUSE = 1;
    /** Any number of activations, each context registered only as given (no implicit in-process one). */
    public static final int MULTI_SEPARATE = 2;
    /** Not published to the SCM, nor found in-process, until {@code CoResumeClassObjects}. */
    public static final int SUSPENDED = 4;

    // REGCLS_SURROGATE (8) and REGCLS_AGILE (0x10) are documented but not modelled: refused.
    private static final int KNOWN = MULTIPLEUSE | MULTI_SEPARATE | SUSPENDED;

    private RegCls() {
    }

    /** Whether every bit set is one the model knows (MULTIPLEUSE, MULTI_SEPARATE, SUSPENDED). */
    public static boolean isValid(int flags) {
        return (flags & ~KNOWN) == 0;
    }

    /** SINGLEUSE: neither MULTIPLEUSE nor MULTI_SEPARATE. */
    public static boolean isSingleUse(int flags) {
        return (flags & (MULTIPLEUSE | MULTI_SEPARATE)) == 0;
    }

    public static String describe(int flags) {
        String use = isSingleUse(flags) ? "REGCLS_SINGLEUSE" : (flags & MULTIPLEUSE) != 0 ? "REGCLS_MULTIPLEUSE" : "";
        if ((flags & MULTI_SEPARATE) != 0) {
            use = use.isEmpty() ? "REGCLS_MULTI_SEPARATE" : use + "|REGCLS_MULTI_SEPARATE";
        }
        return (flags & SUSPENDED) != 0 ? use + "|REGCLS_SUSPENDED" : use;
    }
}
