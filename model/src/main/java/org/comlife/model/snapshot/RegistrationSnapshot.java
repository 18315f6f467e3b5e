package org.comlife.model.snapshot;

import org.comlife.model.EntityRef;

/** A class registration and whether the SCM can see it. */
public record RegistrationSnapshot(EntityRef cookie, String clsid, int flags, boolean published, boolean used) {
}
