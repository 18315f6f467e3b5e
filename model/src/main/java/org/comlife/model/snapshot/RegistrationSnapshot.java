package org.comlife.model.snapshot;

/** A class registration and whether the SCM can see it. */
public record RegistrationSnapshot(int cookie, String clsid, int flags, boolean published, boolean used) {
}
