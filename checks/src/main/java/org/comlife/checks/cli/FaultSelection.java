package org.comlife.checks.cli;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;

/** The faults a command asked for: "all", or ids separated by commas. */
final class FaultSelection {
    private FaultSelection() {
    }

    static List<Fault> of(String spec) {
        if (spec == null || spec.equals("all")) {
            return FaultCatalogue.all();
        }
        List<Fault> faults = new ArrayList<>();
        for (String part : spec.split(",")) {
            faults.add(named(part.trim()));
        }
        return faults;
    }

    /** The fault a user named; an unknown or malformed id is bad input. */
    static Fault named(String id) {
        try {
            return FaultCatalogue.named(id);
        } catch (IllegalArgumentException unknown) {
            throw new UsageProblem("unknown fault '" + id + "'; known: " + FaultCatalogue.known());
        }
    }
}
