package org.comlife.checks.coverage.correct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.comlife.model.Clsid;
import org.comlife.model.Registration;
import org.comlife.model.runtime.ClassTable;

/**
 * A class table kept as an insertion-ordered map from cookie to registration under a
 * ReentrantLock: cookie lookups are direct, the activation lookup walks the registrations in
 * registration order, and every operation holds the lock throughout.
 */
public class CookieMapClassTable implements ClassTable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Integer, Registration> byCookie = new LinkedHashMap<>();

    @Override
    public void add(Registration registration) {
        lock.lock();
        try {
            byCookie.put(registration.cookie(), registration);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Registration remove(int cookie) {
        lock.lock();
        try {
            Registration removed = byCookie.remove(cookie);
            if (removed != null) {
                removed.unpublish();
            }
            return removed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Registration find(int cookie) {
        lock.lock();
        try {
            return byCookie.get(cookie);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int publishSuspended() {
        lock.lock();
        try {
            int published = 0;
            for (Registration waiting : byCookie.values()) {
                if (waiting.isWaitingForResume()) {
                    waiting.publish();
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
            for (Registration candidate : byCookie.values()) {
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
            return new ArrayList<>(byCookie.values());
        } finally {
            lock.unlock();
        }
    }
}
