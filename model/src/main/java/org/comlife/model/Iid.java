package org.comlife.model;

import java.util.Objects;

/**
 * An interface identifier. The model names interfaces instead of using GUIDs; two IIDs are the
 * same interface when their names are equal.
 */
public final class Iid {
    public static final Iid IUnknown = new Iid("IUnknown");
    public static final Iid IServiceProvider = new Iid("IServiceProvider");
    public static final Iid IClassFactory = new Iid("IClassFactory");

    private final String name;

    public Iid(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iid && ((Iid) other).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "IID_" + name;
    }
}
