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
 * One seeded bug of the catalogue, with everything every engine needs to know about it: what it
 * is, which invariants it breaks, how a student can follow it, how it is fixed, the programs
 * that show it, and for each engine how it is hunted and whether the engine claims it.
 *
 * <p>{@code program} run with {@code helpers} is the fault; {@code twin} run with the reference
 * helpers ({@link #twinHelpers()}) is the same scenario written right, which must break
 * nothing. For a client fault the twin is a corrected program and {@code helpers} is the
 * reference; for a runtime fault the program is already correct (the twin is the same program)
 * and {@code helpers} carries the buggy implementation. Entries are written with
 * {@link #client} or {@link #runtime} ({@link FaultBuilder}).
 *
 * @param id            the contract's id, e.g. double-unmarshal
 * @param title         one line saying what goes wrong
 * @param kind          client (a misusing program) or runtime (a buggy helper)
 * @param invariants    the invariants its scenario breaks, the first being the one it is about
 * @param story         what the code does, the interleaving that exposes it, what goes wrong
 * @param fix           what correct code does instead
 * @param program       the scenario that exhibits the fault (with {@code helpers})
 * @param twin          the same scenario written right (with the reference helpers)
 * @param helpers       the runtime helpers to run {@code program} with
 * @param misuses       for a client fault, the property engine's misuses that reproduce it
 * @param lincheckCheck for a runtime fault, the helper check Lincheck catches it with, or null
 * @param jpfRace       for a runtime fault whose window lies inside one helper call, the helper
 *                      race JPF hunts it on instead of its program; else null
 * @param claims        one per engine, in {@link EngineId} order: claimed, or why not
 */
public record Fault(FaultId id, String title, FaultKind kind, List<Invariant> invariants, String story, String fix,
                    Program program, Program twin, RuntimeHelpers helpers, List<Misuse> misuses,
                    HelperCheck lincheckCheck, HelperRace jpfRace, List<EngineClaim> claims) {

    public Fault {
        if (id == null) {
            throw new IllegalArgumentException("a fault needs an id");
        }
        requireText(title, "title", id);
        requireText(story, "story", id);
        requireText(fix, "fix", id);
        if (kind == null || program == null || twin == null || helpers == null) {
            throw new IllegalArgumentException("fault " + id + " needs a kind, a program, a twin and helpers");
        }
        if (invariants == null || invariants.isEmpty()) {
            throw new IllegalArgumentException("fault " + id + " must name the invariants it breaks");
        }
        invariants = List.copyOf(invariants); // refuses a null element
        misuses = List.copyOf(misuses);
        claims = inEngineOrder(id, claims);
        requireHuntable(id, kind, misuses, lincheckCheck, jpfRace, claims);
    }

    /** A misusing program, run with the reference helpers. */
    public static FaultBuilder client(FaultId id, String title) {
        return new FaultBuilder(id, title, FaultKind.CLIENT);
    }

    /** A buggy helper implementation, exercised by a correct program. */
    public static FaultBuilder runtime(FaultId id, String title) {
        return new FaultBuilder(id, title, FaultKind.RUNTIME);
    }

    /** The helpers the twin runs with: always the reference implementation. */
    public RuntimeHelpers twinHelpers() {
        return RuntimeHelpers.reference();
    }

    /** The invariants' numbers, as the report lists them. */
    public List<Integer> invariantNumbers() {
        List<Integer> numbers = new ArrayList<>();
        for (Invariant invariant : invariants) {
            numbers.add(invariant.number());
        }
        return numbers;
    }

    /** What the engine promises about this fault. */
    public EngineClaim claimOf(EngineId engine) {
        return claims.get(engine.ordinal());
    }

    /** Whether the engine claims to catch the fault. */
    public boolean isClaimedBy(EngineId engine) {
        return claimOf(engine).isClaimed();
    }

    /** The engines that claim it, in the matrix's order. */
    public List<EngineId> claimedEngines() {
        List<EngineId> claiming = new ArrayList<>();
        for (EngineClaim claim : claims) {
            if (claim.isClaimed()) {
                claiming.add(claim.engine());
            }
        }
        return claiming;
    }

    /** One claim per engine, in the engines' order; a missing or doubled engine is refused. */
    private static List<EngineClaim> inEngineOrder(FaultId id, List<EngineClaim> claims) {
        List<EngineClaim> ordered = new ArrayList<>();
        for (EngineId engine : EngineId.values()) {
            EngineClaim found = null;
            for (EngineClaim claim : claims) {
                if (claim.engine() == engine) {
                    if (found != null) {
                        throw new IllegalArgumentException("fault " + id + " says twice what " + engine.id()
                                + " does with it");
                    }
                    found = claim;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("fault " + id + " must say whether " + engine.id()
                        + " claims it, and if not, why");
            }
            ordered.add(found);
        }
        return List.copyOf(ordered);
    }

    /** What each engine needs to hunt the fault is there, and nothing that does not fit its kind. */
    private static void requireHuntable(FaultId id, FaultKind kind, List<Misuse> misuses, HelperCheck lincheckCheck,
                                        HelperRace jpfRace, List<EngineClaim> claims) {
        boolean claimedByAny = false;
        for (EngineClaim claim : claims) {
            claimedByAny |= claim.isClaimed();
        }
        if (!claimedByAny) {
            throw new IllegalArgumentException("fault " + id + " must be claimed by at least one engine");
        }
        if (kind == FaultKind.CLIENT && (lincheckCheck != null || jpfRace != null)) {
            throw new IllegalArgumentException("client fault " + id + " lives in its program: it has no helper check"
                    + " or helper race of its own");
        }
        if (kind == FaultKind.RUNTIME && !misuses.isEmpty()) {
            throw new IllegalArgumentException("runtime fault " + id + " is hunted with correct chains: it has no misuse");
        }
        if (kind == FaultKind.CLIENT && misuses.isEmpty() && claims.get(EngineId.PROPERTY.ordinal()).isClaimed()) {
            throw new IllegalArgumentException("the property engine hunts client fault " + id
                    + " through a misuse: name it, or say why the engine does not claim the fault");
        }
        if (kind == FaultKind.RUNTIME && lincheckCheck == null && claims.get(EngineId.LINCHECK.ordinal()).isClaimed()) {
            throw new IllegalArgumentException("Lincheck claims runtime fault " + id + ": name the helper check"
                    + " that catches it");
        }
    }

    private static void requireText(String value, String field, FaultId id) {
        if (value == null || value.trim().isEmpty()) { // JPF's String has no isBlank
            throw new IllegalArgumentException("fault " + id + " needs a " + field);
        }
    }

    @Override
    public String toString() {
        return id + " (" + kind.name().toLowerCase() + ", invariants " + invariantNumbers() + ")";
    }
}
