package org.comlife.model.runtime;

import java.util.List;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;

/**
 * The Global Interface Table of one process: an interface registered once (TABLESTRONG) can be
 * fetched any number of times, each caller getting a pointer valid in its own apartment, until
 * the cookie is revoked.
 *
 * <p>An implementation must make {@link #get} and {@link #revoke} atomic with respect to each
 * other: a get that returns S_OK hands out a connected pointer, and a cookie is revoked once.
 */
public interface GlobalInterfaceTable {

    /** RegisterInterfaceInGlobal: marshals the pointer TABLESTRONG under a new cookie. */
    ComResult<Integer> register(ComThread caller, InterfacePointer pointer, Iid iid);

    /** GetInterfaceFromGlobal: unmarshals a copy into the caller's apartment. */
    ComResult<InterfacePointer> get(ComThread caller, int cookie, Iid iid);

    /** RevokeInterfaceFromGlobal: removes the entry and releases its marshal data. */
    HResult revoke(ComThread caller, int cookie);

    /** The cookies currently registered, in registration order. */
    List<Integer> cookies();
}
