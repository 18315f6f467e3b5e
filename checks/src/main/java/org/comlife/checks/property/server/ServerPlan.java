package org.comlife.checks.property.server;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.comlife.checks.property.action.Misuse;
import org.comlife.model.ApartmentKind;

/**
 * The code of the server the SCM launches for a chain, as a few generated choices: the main
 * thread's apartment, whether it serves a second class, whether it has an MTA worker thread,
 * and the server-side misuses (each off in a correct plan).
 *
 * @param mainApartment         server-main's apartment: an STA runs a message loop, the MTA waits for shutdown
 * @param secondClass           whether the server also registers {@link ChainClasses#SECOND}
 * @param worker                whether a server-worker thread (MTA) waits for shutdown beside main
 * @param suspendedRegistration classes registered REGCLS_SUSPENDED and published by CoResumeClassObjects
 * @param counting              how instances count the server's references
 * @param unbalancedUnlock      main calls LockServer(FALSE) on its own factory once published
 * @param workerRevokes         the worker revokes main's registration and begins shutdown itself
 * @param singleUse             classes registered REGCLS_SINGLEUSE: each serves one activation
 * @param drains                the first instance calls CoSuspendClassObjects: the server takes no new
 *                              client while those it has keep references, and stops when they are done
 * @param revokesSecondEarly    main revokes the second class as soon as it is published (a revoked
 *                              class an activation must no longer find)
 */
public record ServerPlan(ApartmentKind mainApartment, boolean secondClass, boolean worker,
                         boolean suspendedRegistration, InstanceCounting counting, boolean unbalancedUnlock,
                         boolean workerRevokes, boolean singleUse, boolean drains, boolean revokesSecondEarly) {

    /** A plan without the activation-refusing behaviours (SINGLEUSE, draining, an early revoke). */
    public ServerPlan(ApartmentKind mainApartment, boolean secondClass, boolean worker, boolean suspendedRegistration,
                      InstanceCounting counting, boolean unbalancedUnlock, boolean workerRevokes) {
        this(mainApartment, secondClass, worker, suspendedRegistration, counting, unbalancedUnlock, workerRevokes,
                false, false, false);
    }

    /** The simplest correct server: one class, an STA main thread, no worker. */
    public static ServerPlan simplest() {
        return new ServerPlan(ApartmentKind.STA, false, false, true, InstanceCounting.COUNTED, false, false);
    }

    /** The same plan with the activation-refusing behaviours set. */
    public ServerPlan refusing(boolean singleUseClasses, boolean drainsAfterFirstInstance, boolean revokesSecond) {
        return new ServerPlan(mainApartment, secondClass, worker, suspendedRegistration, counting, unbalancedUnlock,
                workerRevokes, singleUseClasses, drainsAfterFirstInstance, revokesSecond && secondClass);
    }

    /** The server-side misuses this plan contains. */
    public Set<Misuse> misuses() {
        Set<Misuse> misuses = EnumSet.noneOf(Misuse.class);
        if (!suspendedRegistration) {
            misuses.add(Misuse.NOT_SUSPENDED_REGISTRATION);
        }
        if (counting.misuse() != null) {
            misuses.add(counting.misuse());
        }
        if (unbalancedUnlock) {
            misuses.add(Misuse.UNBALANCED_UNLOCK);
        }
        if (workerRevokes) {
            misuses.add(Misuse.REVOKE_WRONG_THREAD);
        }
        return misuses;
    }

    /** Plans one step simpler, for the shrinker: a misuse left out, fewer classes and threads, an STA main. */
    public List<ServerPlan> simplifications() {
        List<ServerPlan> simpler = new ArrayList<>();
        if (singleUse || drains || revokesSecondEarly) {
            simpler.add(refusing(false, false, false));
            if (singleUse) {
                simpler.add(refusing(false, drains, revokesSecondEarly));
            }
            if (drains) {
                simpler.add(refusing(singleUse, false, revokesSecondEarly));
            }
            if (revokesSecondEarly) {
                simpler.add(refusing(singleUse, drains, false));
            }
        }
        if (!suspendedRegistration) {
            simpler.add(new ServerPlan(mainApartment, secondClass, worker, true, counting, unbalancedUnlock,
                    workerRevokes).refusing(singleUse, drains, revokesSecondEarly));
        }
        if (counting != InstanceCounting.COUNTED) {
            simpler.add(new ServerPlan(mainApartment, secondClass, worker, suspendedRegistration,
                    InstanceCounting.COUNTED, unbalancedUnlock, workerRevokes)
                    .refusing(singleUse, drains, revokesSecondEarly));
        }
        if (unbalancedUnlock) {
            simpler.add(new ServerPlan(mainApartment, secondClass, worker, suspendedRegistration, counting, false,
                    workerRevokes).refusing(singleUse, drains, revokesSecondEarly));
        }
        if (workerRevokes) {
            simpler.add(new ServerPlan(mainApartment, secondClass, false, suspendedRegistration, counting,
                    unbalancedUnlock, false).refusing(singleUse, drains, revokesSecondEarly));
        }
        if (secondClass) {
            simpler.add(new ServerPlan(mainApartment, false, worker, suspendedRegistration, counting,
                    unbalancedUnlock, workerRevokes).refusing(singleUse, drains, revokesSecondEarly));
        }
        if (worker && !workerRevokes) {
            simpler.add(new ServerPlan(mainApartment, secondClass, false, suspendedRegistration, counting,
                    unbalancedUnlock, false).refusing(singleUse, drains, revokesSecondEarly));
        }
        if (mainApartment != ApartmentKind.STA) {
            simpler.add(new ServerPlan(ApartmentKind.STA, secondClass, worker, suspendedRegistration, counting,
                    unbalancedUnlock, workerRevokes).refusing(singleUse, drains, revokesSecondEarly));
        }
        return simpler;
    }

    /** One line for a readable chain. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("server-main ").append(mainApartment).append(mainApartment == ApartmentKind.STA
                ? " (message loop)" : " (waits for shutdown)");
        text.append(", registers ").append(secondClass ? "Sample and Second" : "Sample");
        text.append(suspendedRegistration ? " REGCLS_SUSPENDED then CoResumeClassObjects"
                : " without REGCLS_SUSPENDED [misuse: not-suspended-registration]");
        if (unbalancedUnlock) {
            text.append(", then LockServer(FALSE) on its own factory [misuse: unbalanced-unlock]");
        }
        text.append("; instances ").append(switch (counting) {
            case COUNTED -> "CoAddRefServerProcess when created, CoReleaseServerProcess in final release";
            case LEGACY -> "counted in the server's own variable [misuse: tedious-count]";
            case COUNTED_IN_INITIALIZE -> "CoAddRefServerProcess in Initialize [misuse: late-addref]";
            case LEAKY -> "never call CoReleaseServerProcess [misuse: leaked-reference]";
        });
        if (singleUse) {
            text.append("; REGCLS_SINGLEUSE (one activation per class)");
        }
        if (revokesSecondEarly) {
            text.append("; revokes Second once published");
        }
        if (drains) {
            text.append("; the first instance calls CoSuspendClassObjects (no new client while it lives)");
        }
        if (worker) {
            text.append(workerRevokes ? "; server-worker (MTA) revokes main's class and begins shutdown "
                    + "[misuse: revoke-wrong-thread]" : "; server-worker (MTA) waits for shutdown");
        }
        return text.toString();
    }
}
