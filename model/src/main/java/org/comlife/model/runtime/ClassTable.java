package org.comlife.model.runtime;

import java.util.List;
import org.comlife.model.Clsid;
import org.comlife.model.Registration;

/**
 * The class objects a server process has registered with {@code CoRegisterClassObject}, and
 * which of them the SCM can see. A registration made with REGCLS_SUSPENDED stays unpublished
 * until {@link #publishSuspended()} ({@code CoResumeClassObjects}) publishes all of them at
 * once.
 */
public interface ClassTable {

    /** Adds a registration whose cookie the model has already chosen (non-zero, unique). */
    void add(Registration registration);

    /** Removes and returns the registration with this cookie, or null when there is none. */
    Registration remove(int cookie);

    /** The registration with this cookie, or null. */
    Registration find(int cookie);

    /** Publishes every registration still waiting for a resume; returns how many. */
    int publishSuspended();

    /**
     * The activation lookup: a published registration for the class, or null. A SINGLEUSE
     * registration is unpublished in the same step, so it serves exactly one activation.
     */
    Registration claimForActivation(Clsid clsid);

    /** A copy of the registrations, in registration order. */
    List<Registration> registrations();
}
