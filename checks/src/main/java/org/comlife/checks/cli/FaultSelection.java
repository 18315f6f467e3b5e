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
            faults.add(byId(part.trim()));
        }
        return faults;
    }

    static Fault byId(String id) {
        if (!FaultCatalogue.ids().contains(id)) {
            throw new UsageProblem("unknown fault '" + id + "'; known: " + String.join(", ", FaultCatalogue.ids()));
        }
        return FaultCatalogue.byId(id);
    }
}
