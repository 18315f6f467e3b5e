package org.comlife.checks.property.server;

import org.comlife.model.Clsid;
import org.comlife.model.Iid;

/** The classes the generated server serves and the interfaces of the objects chains create. */
public final class ChainClasses {
    /** The class every generated server registers. */
    public static final Clsid SAMPLE = new Clsid("Sample");
    /** The second class, registered when the server plan says so. */
    public static final Clsid SECOND = new Clsid("Second");
    /** The interface of server instances (both classes). */
    public static final Iid ISAMPLE = new Iid("ISample");
    /** The interface of a client's local object. */
    public static final Iid ISITE = Iid.IServiceProvider;
    /** An interface no object of a chain implements. */
    public static final Iid IUNSUPPORTED = new Iid("IUnsupported");
    /** The ordinary method every object answers. */
    public static final String WORK = "Work";
    /** The second phase of construction; it counts the instance in the late-addref server. */
    public static final String INITIALIZE = "Initialize";

    private ChainClasses() {
    }
}
