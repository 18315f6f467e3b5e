package org.comlife.model;

import java.util.Objects;

/** A class identifier: what a client asks the SCM to activate. */
public final class Clsid {
    private final String name;

    public Clsid(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Clsid && ((Clsid) other).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "CLSID_" + name;
    }
}
