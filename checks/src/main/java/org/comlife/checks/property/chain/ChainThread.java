package org.comlife.checks.property.chain;

/** One logical client thread of a chain: its name (t1, t2, …) and the apartment it joins first. */
public record ChainThread(String name, ThreadApartment apartment) {

    public ChainThread withApartment(ThreadApartment other) {
        return new ChainThread(name, other);
    }

    @Override
    public String toString() {
        return name + " " + (apartment == ThreadApartment.NONE ? "(never calls CoInitializeEx)" : apartment);
    }
}
