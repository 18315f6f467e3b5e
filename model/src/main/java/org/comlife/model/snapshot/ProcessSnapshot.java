package org.comlife.model.snapshot;

import java.util.List;
import org.comlife.model.EntityRef;
import org.comlife.model.ProcessRole;

/**
 * A process: its server-lifetime state, registrations, apartments and GIT cookies; the members
 * of its MTA, and whether it ever published a class object and has resumed them.
 */
public record ProcessSnapshot(String name, ProcessRole role, int serverRefs, boolean classesSuspended,
                              boolean shutdownCommitted, boolean exited, List<RegistrationSnapshot> registrations,
                              List<ApartmentSnapshot> apartments, List<EntityRef> gitCookies, int mtaMembers,
                              boolean everPublished, boolean resumed) {
}
