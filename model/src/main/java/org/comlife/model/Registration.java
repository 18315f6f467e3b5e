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
        ComWorld world = world();
        if (world != null) {
            world.read(this, StatePart.REGISTRATION);
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
        ComWorld world = world();
        if (world != null) {
            world.read(this, StatePart.REGISTRATION);
        }
        return published;
    }

    /** A SINGLEUSE registration that has served its one activation. */
    public boolean isUsed() {
        ComWorld world = world();
        if (world != null) {
            world.read(this, StatePart.REGISTRATION);
        }
        return used;
    }

    public void publish() {
        ComWorld world = world();
        if (world != null) {
            world.write(this, StatePart.REGISTRATION);
        }
        published = true;
    }

    public void unpublish() {
        ComWorld world = world();
        if (world != null) {
            world.write(this, StatePart.REGISTRATION);
        }
        published = false;
    }

    /** Hides a SINGLEUSE registration after its activation. */
    public void markUsed() {
        ComWorld world = world();
        if (world != null) {
            world.write(this, StatePart.REGISTRATION);
        }
        used = true;
        published = false;
    }

    /**
     * The world this registration reports its accesses to, or null for one made outside any
     * apartment (a helper's check builds them bare), which belongs to no world and reports
     * nothing. Each accessor calls the world itself, as the model's tracking audit requires.
     */
    private ComWorld world() {
        return apartment == null ? null : apartment.world();
    }

    @Override
    @Untracked("text for journals and messages, not state")
    public String toString() {
        return "registration#" + cookie + " " + clsid + " " + RegCls.describe(flags)
                + (published ? " published" : " unpublished");
    }
}
