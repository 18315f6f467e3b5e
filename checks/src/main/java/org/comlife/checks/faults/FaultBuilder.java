package org.comlife.checks.faults;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.jpf.race.HelperRace;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.property.action.Misuse;
import org.comlife.model.Invariant;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Writes one catalogue entry, a field at a time, so that an entry reads as its story does; the
 * {@link Fault} it builds checks that the entry is complete. Started by {@link Fault#client} or
 * {@link Fault#runtime}. Runs inside JPF too, where the catalogue is built: plain lists only.
 */
public final class FaultBuilder {
    private final FaultId id;
    private final String title;
    private final FaultKind kind;
    private final List<Invariant> invariants = new ArrayList<>();
    private final List<Misuse> misuses = new ArrayList<>();
    private final List<EngineClaim> claims = new ArrayList<>();
    private String story;
    private String fix;
    private Program program;
    private Program twin;
    private RuntimeHelpers helpers;
    private HelperCheck lincheckCheck;
    private HelperRace jpfRace;

    FaultBuilder(FaultId id, String title, FaultKind kind) {
        this.id = id;
        this.title = title;
        this.kind = kind;
        this.helpers = kind == FaultKind.CLIENT ? RuntimeHelpers.reference() : null;
    }

    /** The invariants it breaks, the one it is about first. */
    public FaultBuilder breaks(Invariant... broken) {
        invariants.addAll(List.of(broken));
        return this;
    }

    /** What the code does, the interleaving that exposes it, what goes wrong, naming each invariant. */
    public FaultBuilder story(String text) {
        this.story = text;
        return this;
    }

    /** What correct code does instead. */
    public FaultBuilder fix(String text) {
        this.fix = text;
        return this;
    }

    /** The scenario that shows the fault, and the same scenario written right. */
    public FaultBuilder program(Program faulty, Program correct) {
        this.program = faulty;
        this.twin = correct;
        return this;
    }

    /** A runtime fault's helpers: the reference with the buggy one in place. */
    public FaultBuilder helpers(RuntimeHelpers buggy) {
        if (kind != FaultKind.RUNTIME) {
            throw new IllegalArgumentException("client fault " + id + " runs with the reference helpers");
        }
        this.helpers = buggy;
        return this;
    }

    /** The property engine's misuses that reproduce a client fault in its action chains. */
    public FaultBuilder misuse(Misuse... reproducing) {
        misuses.addAll(List.of(reproducing));
        return this;
    }

    /** The helper check under which Lincheck's model checker catches a runtime fault. */
    public FaultBuilder lincheckCheck(HelperCheck check) {
        this.lincheckCheck = check;
        return this;
    }

    /** The helper race JPF hunts a runtime fault on when its window lies inside one helper call. */
    public FaultBuilder jpfRace(HelperRace race) {
        this.jpfRace = race;
        return this;
    }

    /** The engines that must catch it. */
    public FaultBuilder claimedBy(EngineId... engines) {
        for (EngineId engine : engines) {
            claims.add(EngineClaim.claimed(engine));
        }
        return this;
    }

    /** An engine that may catch it in the full hunt without promising to, and why it does not promise. */
    public FaultBuilder notClaimedBy(EngineId engine, String why) {
        claims.add(new EngineClaim(engine, EngineClaim.Stance.NOT_CLAIMED, why));
        return this;
    }

    /** An engine that cannot expose it, and why not. */
    public FaultBuilder outOfReachOf(EngineId engine, String why) {
        claims.add(new EngineClaim(engine, EngineClaim.Stance.OUT_OF_REACH, why));
        return this;
    }

    /** The entry; refused, with what is missing, unless every field and every engine's stance is given. */
    public Fault build() {
        return new Fault(id, title, kind, invariants, story, fix, program, twin, helpers, misuses, lincheckCheck,
                jpfRace, claims);
    }
}
