package org.comlife.model;

/**
 * One class object registered with {@code CoRegisterClassObject}: its cookie, class, factory,
 * flags and apartment, and whether the SCM can see it. The publication state is changed only
 * by a {@link org.comlife.model.runtime.ClassTable} under its own lock.
 */
public final class Registration {
    private final int cookie;
    private final Clsid clsid;
    private final ClassFactory factory;
    private final ClsCtx context;
    private final int flags;
    /** Null for a registration a helper's check builds outside any world, which then reports no state access. */
    private final Apartment apartment;
    private volatile boolean published;
    private volatile boolean used;

    public Registration(int cookie, Clsid clsid, ClassFactory factory, ClsCtx context, int flags,
                        Apartment apartment) {
        this.cookie = cookie;
        this.clsid = clsid;
        this.factory = factory;
        this.context = context;
        this.flags = flags;
        this.apartment = apartment;
        this.published = context != null && context.includesLocal() && (flags & RegCls.SUSPENDED) == 0;
    }

    public int cookie() {
        return cookie;
    }

    public Clsid clsid() {
        return clsid;
    }

    public ClassFactory factory() {
        return factory;
    }

    public ClsCtx context() {
        return context;
    }

    public int flags() {
        return flags;
    }

    public Apartment apartment() {
        return apartment;
    }

    public boolean isSingleUse() {
        return RegCls.isSingleUse(flags);
    }

    /** Registered SUSPENDED for the SCM and not yet published by a resume. */
    public boolean isWaitingForResume() {
        if (apartment != null) {
            apartment.world().read(this, StatePart.REGISTRATION);
        }
        return context != null && context.includesLocal() && !published && !used;
    }

    /**
     * Whether an in-process lookup can find it: registered for CLSCTX_INPROC_SERVER, or for
     * CLSCTX_LOCAL_SERVER with REGCLS_MULTIPLEUSE (which registers in-process too). A lookup
     * finds it only from its own apartment and not while it waits for CoResumeClassObjects.
     */
    public boolean servesInproc() {
        return context != null && (context.includesInproc()
                || (context.includesLocal() && (flags & RegCls.MULTIPLEUSE) != 0));
    }

    public boolean isPublished() {
        if (apartment != null) {
            apartment.world().read(this, StatePart.REGISTRATION);
        }
        return published;
    }

    /** A SINGLEUSE registration that has served its one activation. */
    public boolean isUsed() {
        if (apartment != null) {
            apartment.world().read(this, StatePart.REGISTRATION);
        }
        return used;
    }

    public void publish() {
        if (apartment != null) {
            apartment.world().write(this, StatePart.REGISTRATION);
        }
        published = true;
    }

    public void unpublish() {
        if (apartment != null) {
            apartment.world().write(this, StatePart.REGISTRATION);
        }
        published = false;
    }

    /** Hides a SINGLEUSE registration after its activation. */
    public void markUsed() {
        if (apartment != null) {
            apartment.world().write(this, StatePart.REGISTRATION);
        }
        used = true;
        published = false;
    }

    @Override
    @Untracked("text for journals and messages, not state")
    public String toString() {
        return "registration#" + cookie + " " + clsid + " " + RegCls.describe(flags)
                + (published ? " published" : " unpublished");
    }
}
