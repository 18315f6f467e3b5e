package org.comlife.checks.property.chain;

import org.comlife.model.ApartmentKind;

/** The apartment a chain thread joins in its prologue, or none at all (the uninitialized-thread misuse). */
public enum ThreadApartment {
    STA, MTA,
    /** The thread never calls CoInitializeEx: only generated when the uninitialized-thread misuse is enabled. */
    NONE;

    /** The model's kind for CoInitializeEx; null for {@link #NONE}. */
    public ApartmentKind kind() {
        return this == STA ? ApartmentKind.STA : this == MTA ? ApartmentKind.MTA : null;
    }
}
