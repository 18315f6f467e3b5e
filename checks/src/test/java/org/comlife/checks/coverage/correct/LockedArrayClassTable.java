package org.comlife.checks.coverage.correct;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.comlife.model.Clsid;
import org.comlife.model.Registration;
import org.comlife.model.runtime.ClassTable;

/**
 * A class table kept in a plain array that it grows and closes up itself, under a
 * ReentrantLock held through every operation, the activation lookup's claim of a SINGLEUSE
 * registration included.
 */
public class LockedArrayClassTable implements ClassTable {
    private final ReentrantLock lock = new ReentrantLock();
    private Registration[] slots = new Registration[4];
    private int used;

    @Override
    public void add(Registration registration) {
        lock.lock();
        try {
            if (used == slots.length) {
                Registration[] larger = new Registration[slots.length * 2];
                System.arraycopy(slots, 0, larger, 0, used);
                slots = larger;
            }
            slots[used++] = registration;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Registration remove(int cookie) {
        lock.lock();
        try {
            int at = indexOf(cookie);
            if (at < 0) {
                return null;
            }
            Registration removed = slots[at];
            System.arraycopy(slots, at + 1, slots, at, used - at - 1);
            slots[--used] = null;
            removed.unpublish();
            return removed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Registration find(int cookie) {
        lock.lock();
        try {
            int at = indexOf(cookie);
            return at < 0 ? null : slots[at];
        } finally {
            lock.unlock();
        }
    }

    private int indexOf(int cookie) {
        for (int at = 0; at < used; at++) {
            if (slots[at].cookie() == cookie) {
                return at;
            }
        }
        return -1;
    }

    @Override
    public int publishSuspended() {
        lock.lock();
        try {
            int published = 0;
            for (int at = 0; at < used; at++) {
                if (slots[at].isWaitingForResume()) {
                    slots[at].publish();
                    published++;
                }
            }
            return published;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Registration claimForActivation(Clsid clsid) {
        lock.lock();
        try {
            for (int at = 0; at < used; at++) {
                Registration candidate = slots[at];
                if (candidate.clsid().equals(clsid) && candidate.isPublished()) {
                    if (candidate.isSingleUse()) {
                        candidate.markUsed();
                    }
                    return candidate;
                }
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Registration> registrations() {
        lock.lock();
        try {
            List<Registration> copy = new ArrayList<>(used);
            for (int at = 0; at < used; at++) {
                copy.add(slots[at]);
            }
            return copy;
        } finally {
            lock.unlock();
        }
    }
}
