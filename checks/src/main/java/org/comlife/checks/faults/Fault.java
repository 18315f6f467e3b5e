package org.comlife.checks.faults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.comlife.model.Invariant;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * One seeded bug of the catalogue: what it is, which invariants it breaks, how a student can
 * follow it, how it is fixed, and the programs that show it.
 *
 * <p>{@code program} run with {@code helpers} is the fault; {@code twin} run with the reference
 * helpers ({@link #twinHelpers()}) is the same scenario written right, which must break
 * nothing. For a client fault the twin is a corrected program and {@code helpers} is the
 * reference; for a runtime fault the program is already correct (the twin is the same program)
 * and {@code helpers} carries the buggy implementation.
 *
 * @param id             the contract's id, e.g. "double-unmarshal"
 * @param title          one line saying what goes wrong
 * @param kind           client (a misusing program) or runtime (a buggy helper)
 * @param invariants     the invariants its scenario breaks, the first being the one it is about
 * @param story          what the code does, the interleaving that exposes it, what goes wrong
 * @param fix            what correct code does instead
 * @param program        the scenario that exhibits the fault (with {@code helpers})
 * @param twin           the same scenario written right (with the reference helpers)
 * @param helpers        the runtime helpers to run {@code program} with
 * @param claimedEngines the ids of the engines that should catch it ({@link EngineIds})
 */
public record Fault(String id, String title, FaultKind kind, List<Invariant> invariants, String story, String fix,
                    Program program, Program twin, RuntimeHelpers helpers, Set<String> claimedEngines) {

    public Fault {
        requireText(id, "id", id);
        requireText(title, "title", id);
        requireText(story, "story", id);
        requireText(fix, "fix", id);
        if (kind == null || program == null || twin == null || helpers == null) {
            throw new IllegalArgumentException("fault " + id + " needs a kind, a program, a twin and helpers");
        }
        if (invariants == null || invariants.isEmpty()) {
            throw new IllegalArgumentException("fault " + id + " must name the invariants it breaks");
        }
        if (claimedEngines == null || claimedEngines.isEmpty()) {
            throw new IllegalArgumentException("fault " + id + " must claim at least one engine");
        }
        for (String engine : claimedEngines) {
            if (!EngineIds.isKnown(engine)) {
                throw new IllegalArgumentException("fault " + id + " claims unknown engine " + engine
                        + "; known: " + EngineIds.ALL);
            }
        }
        invariants = List.copyOf(invariants); // refuses a null element
        // Keep the engines in the matrix's order, whatever order they were given in.
        Set<String> ordered = new LinkedHashSet<>();
        for (String engine : EngineIds.ALL) {
            if (claimedEngines.contains(engine)) {
                ordered.add(engine);
            }
        }
        claimedEngines = Collections.unmodifiableSet(ordered);
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

    /** Whether the engine with this id claims to catch the fault. */
    public boolean isClaimedBy(String engineId) {
        return claimedEngines.contains(engineId);
    }

    private static void requireText(String value, String field, String id) {
        if (value == null || value.trim().isEmpty()) { // JPF's String has no isBlank
            throw new IllegalArgumentException("fault " + id + " needs a " + field);
        }
    }

    @Override
    public String toString() {
        return id + " (" + kind.name().toLowerCase() + ", invariants " + invariantNumbers() + ")";
    }
}
