package org.comlife.model.runtime;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.Clsid;
import org.comlife.model.Registration;

/**
 * The class table under one monitor: every operation, the activation lookup included, is atomic.
 *
 * <p>The activation lookup is two protected steps, called with the monitor held, that a
 * subclass can replace alone: {@link #serves} (which registration answers) and {@link #claim}
 * (what serving does to it).
 */
public class ReferenceClassTable implements ClassTable {
    private final List<Registration> registrations = new ArrayList<>();

    @Override
    public synchronized void add(Registration registration) {
        registrations.add(registration);
    }

    @Override
    public synchronized Registration remove(int cookie) {
        for (int i = 0; i < registrations.size(); i++) {
            Registration candidate = registrations.get(i);
            if (candidate.cookie() == cookie) {
                registrations.remove(i);
                candidate.unpublish();
                return candidate;
            }
        }
        return null;
    }

    @Override
    public synchronized Registration find(int cookie) {
        for (Registration candidate : registrations) {
            if (candidate.cookie() == cookie) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public synchronized int publishSuspended() {
        int published = 0;
        for (Registration candidate : registrations) {
            if (candidate.isWaitingForResume()) {
                candidate.publish();
                published++;
            }
        }
        return published;
    }

    @Override
    public synchronized Registration claimForActivation(Clsid clsid) {
        for (Registration candidate : registrations) {
            if (serves(candidate, clsid)) {
                claim(candidate);
                return candidate;
            }
        }
        return null;
    }

    /** Whether this registration answers an activation of the class: published, and for that CLSID. */
    protected boolean serves(Registration candidate, Clsid clsid) {
        return candidate.isPublished() && candidate.clsid().equals(clsid);
    }

    /** Serves one activation from the registration: a SINGLEUSE one is hidden, in the same step. */
    protected void claim(Registration served) {
        if (served.isSingleUse()) {
            served.markUsed();
        }
    }

    @Override
    public synchronized List<Registration> registrations() {
        return new ArrayList<>(registrations);
    }
}
