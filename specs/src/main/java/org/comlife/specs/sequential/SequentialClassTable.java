package org.comlife.specs.sequential;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.Clsid;
import org.comlife.model.Registration;
import org.comlife.model.runtime.ClassTable;

/**
 * The class table one call at a time: registrations in registration order; a resume publishes
 * every one still waiting; the activation lookup returns the first published registration of
 * the class and hides a SINGLEUSE one in the same step.
 */
public final class SequentialClassTable implements ClassTable {
    private final List<Registration> registrations = new ArrayList<>();

    @Override
    public void add(Registration registration) {
        registrations.add(registration);
    }

    @Override
    public Registration remove(int cookie) {
        Registration found = find(cookie);
        if (found != null) {
            registrations.remove(found);
            found.unpublish();
        }
        return found;
    }

    @Override
    public Registration find(int cookie) {
        for (Registration registration : registrations) {
            if (registration.cookie() == cookie) {
                return registration;
            }
        }
        return null;
    }

    @Override
    public int publishSuspended() {
        int published = 0;
        for (Registration registration : registrations) {
            if (registration.isWaitingForResume()) {
                registration.publish();
                published++;
            }
        }
        return published;
    }

    @Override
    public Registration claimForActivation(Clsid clsid) {
        for (Registration registration : registrations) {
            if (registration.isPublished() && registration.clsid().equals(clsid)) {
                if (registration.isSingleUse()) {
                    registration.markUsed();
                }
                return registration;
            }
        }
        return null;
    }

    @Override
    public List<Registration> registrations() {
        return new ArrayList<>(registrations);
    }
}
