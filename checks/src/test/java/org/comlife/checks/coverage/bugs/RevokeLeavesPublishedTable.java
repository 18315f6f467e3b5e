package org.comlife.checks.coverage.bugs;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.Clsid;
import org.comlife.model.Registration;
import org.comlife.model.runtime.ClassTable;

/** A class table that never forgets a registration and marks revoked cookies instead. */
public class RevokeLeavesPublishedTable implements ClassTable {
    private final List<Registration> all = new ArrayList<>();
    private final List<Integer> revoked = new ArrayList<>();

    @Override
    public synchronized void add(Registration registration) {
        all.add(registration);
        revoked.remove(Integer.valueOf(registration.cookie()));
    }

    @Override
    public synchronized Registration remove(int cookie) {
        Registration found = find(cookie);
        if (found != null) {
            revoked.add(cookie);
        }
        return found;
    }

    @Override
    public synchronized Registration find(int cookie) {
        for (Registration registration : registrations()) {
            if (registration.cookie() == cookie) {
                return registration;
            }
        }
        return null;
    }

    @Override
    public synchronized int publishSuspended() {
        int published = 0;
        for (Registration registration : registrations()) {
            if (registration.isWaitingForResume()) {
                registration.publish();
                published++;
            }
        }
        return published;
    }

    @Override
    public synchronized Registration claimForActivation(Clsid clsid) {
        // The bug: the lookup walks every registration ever made, the revoked ones too.
        for (Registration registration : all) {
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
    public synchronized List<Registration> registrations() {
        List<Registration> live = new ArrayList<>();
        for (Registration registration : all) {
            if (!revoked.contains(registration.cookie())) {
                live.add(registration);
            }
        }
        return live;
    }
}
