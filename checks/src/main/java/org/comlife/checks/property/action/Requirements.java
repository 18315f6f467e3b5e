package org.comlife.checks.property.action;

import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.Clsid;

/** The precondition clauses actions share; each answers why it fails, or null. */
final class Requirements {
    private Requirements() {
    }

    static String active(ChainState state, int thread) {
        if (thread < 0 || thread >= state.threads().size()) {
            return "no such thread";
        }
        return state.active(thread) ? null : state.threads().get(thread).name() + " has left COM or waits forever";
    }

    static String initialized(ChainState state, int thread) {
        String inactive = active(state, thread);
        if (inactive != null) {
            return inactive;
        }
        return state.initialized(thread) ? null : state.threads().get(thread).name() + " is in no apartment";
    }

    static String fresh(ChainState state, Handle made, HandleKind kind) {
        if (made.kind() != kind) {
            return made + " is not a " + kind.name().toLowerCase();
        }
        return state.isFresh(made) ? null : made + " is not a fresh handle";
    }

    /** The handle exists, is of the kind, is in the status and (when {@code holder >= 0}) is held by that thread. */
    static String handle(ChainState state, Handle handle, HandleKind kind, HandleStatus status, int holder) {
        HandleInfo info = state.info(handle);
        if (info == null || handle.kind() != kind) {
            return "no " + kind.name().toLowerCase() + " " + handle;
        }
        if (info.status() != status) {
            return handle + " is " + info.status().name().toLowerCase();
        }
        if (holder >= 0 && info.holder() != holder) {
            return handle + " belongs to another thread";
        }
        return null;
    }

    /** The thread can act, and holds this live handle of the kind. */
    static String holds(ChainState state, int thread, Handle handle, HandleKind kind) {
        return first(active(state, thread), handle(state, handle, kind, HandleStatus.LIVE, thread));
    }

    /** The thread can act, and holds this live pointer or factory. */
    static String holdsReference(ChainState state, int thread, Handle handle) {
        HandleKind kind = handle.kind() == HandleKind.FACTORY ? HandleKind.FACTORY : HandleKind.POINTER;
        return holds(state, thread, handle, kind);
    }

    /** The chain's server registers the class (activating another would launch a server for nothing). */
    static String served(ChainState state, Clsid clsid) {
        return state.serves(clsid) ? null : "the server does not serve " + clsid.name();
    }

    /** The thread gave back everything it took, as it must before it leaves COM or waits for good. */
    static String holdsNothing(ChainState state, int thread) {
        return state.holdsAnything(thread) ? "the thread still holds handles" : null;
    }

    /** The index of the thread with this name, or -1. */
    static int threadNamed(ChainState state, String name) {
        for (int i = 0; i < state.threads().size(); i++) {
            if (state.threads().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The first clause that fails, or null. */
    static String first(String... clauses) {
        for (String clause : clauses) {
            if (clause != null) {
                return clause;
            }
        }
        return null;
    }
}
