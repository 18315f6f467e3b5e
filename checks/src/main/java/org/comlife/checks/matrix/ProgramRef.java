package org.comlife.checks.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.comlife.checks.coverage.programs.HelperPrograms;
import org.comlife.checks.coverage.programs.NamedProgram;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.usercheck.JpfProgramName;
import org.comlife.checks.usercheck.ProgramClass;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.program.Program;

/**
 * A program the engines run, named so that a replay file can name it again: a fault's program
 * ({@code fault:double-unmarshal}), a fault's correct twin ({@code twin:tedious-count}), one of
 * the examples the implementation under test must pass ({@code example:vs-package}, and the
 * programs that drive every helper operation, such as {@code example:table-marshaling}), or a
 * user's own program checked by {@code comlife check}
 * ({@code program:com.example.TallyCheck?clients=2&adds=1}, its class with the parameters set,
 * loaded by name: see {@link JpfProgramName}).
 */
public record ProgramRef(Kind kind, String name) {
    /** The Visual Studio package example. */
    public static final ProgramRef VS_PACKAGE = new ProgramRef(Kind.EXAMPLE, "vs-package");
    /** The GIT wrapper example with one call per worker. */
    public static final ProgramRef MANAGED_AUTO_MARSHAL_1 = new ProgramRef(Kind.EXAMPLE, "managed-auto-marshal-1");

    /** What kind of program. */
    public enum Kind {
        /** A fault's own program, which misuses the API or runs a faulty helper. */
        FAULT,
        /** A fault's program written right. */
        TWIN,
        /** An example of the source documents. */
        EXAMPLE,
        /** A user's program: its class name, and the parameters set, as {@link JpfProgramName} writes them. */
        PROGRAM
    }

    public ProgramRef {
        if (kind == null || name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a program reference has a kind and a name");
        }
    }

    public static ProgramRef fault(Fault fault) {
        return new ProgramRef(Kind.FAULT, fault.id().toString());
    }

    public static ProgramRef twin(Fault fault) {
        return new ProgramRef(Kind.TWIN, fault.id().toString());
    }

    /**
     * Whether the text names a user's program, which can be told before its class is loaded (its
     * class path must be on this JVM's before {@link #parse} can load it).
     */
    public static boolean namesUserProgram(String text) {
        return text != null && text.startsWith(JpfProgramName.PREFIX);
    }

    /** A user's program, named by {@link JpfProgramName#of}. */
    public static ProgramRef userProgram(ProgramClass named) {
        return new ProgramRef(Kind.PROGRAM, JpfProgramName.of(named).substring(JpfProgramName.PREFIX.length()));
    }

    /**
     * The programs an implementation under test must pass: the examples, the helper programs, then
     * the faults' twins. A twin that is the very program object of an earlier twin (entries share
     * one when their corrected scenario is the same) is listed once: it would explore the same
     * states again.
     */
    public static List<ProgramRef> referencePrograms(List<Fault> faults) {
        List<ProgramRef> programs = new ArrayList<>(List.of(VS_PACKAGE, MANAGED_AUTO_MARSHAL_1));
        for (NamedProgram program : HelperPrograms.all()) {
            programs.add(new ProgramRef(Kind.EXAMPLE, program.name()));
        }
        Set<Program> twins = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Fault fault : faults) {
            if (twins.add(fault.twin())) {
                programs.add(twin(fault));
            }
        }
        return programs;
    }

    /** The reference written as "kind:name"; anything else is refused, naming the known forms. */
    public static ProgramRef parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon > 0) {
            for (Kind kind : Kind.values()) {
                if (kind.name().toLowerCase().equals(text.substring(0, colon))) {
                    ProgramRef ref = new ProgramRef(kind, text.substring(colon + 1));
                    ref.program(); // refuses a name that names nothing
                    return ref;
                }
            }
        }
        throw new IllegalArgumentException("unknown program '" + text + "': a program is fault:<id>, twin:<id>, "
                + VS_PACKAGE + ", " + MANAGED_AUTO_MARSHAL_1 + ", program:<class> or one of the helper programs "
                + HelperPrograms.all().stream().map(program -> "example:" + program.name()).toList());
    }

    /**
     * The program; a fault id the catalogue does not know, an unknown example, or a user's class
     * that does not load (its class path is not on this JVM's) is refused.
     */
    public Program program() {
        switch (kind) {
            case FAULT:
                return FaultCatalogue.named(name).program();
            case TWIN:
                return FaultCatalogue.named(name).twin();
            case PROGRAM:
                return JpfProgramName.program(toString());
            default:
                if (equals(VS_PACKAGE)) {
                    return VsPackageExample::start;
                }
                if (equals(MANAGED_AUTO_MARSHAL_1)) {
                    return (world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1);
                }
                for (NamedProgram program : HelperPrograms.all()) {
                    if (program.name().equals(name)) {
                        return program.program();
                    }
                }
                throw new IllegalArgumentException("unknown example '" + name + "'");
        }
    }

    /** The fault this program belongs to, or null for an example or a user's program. */
    public Fault fault() {
        return kind == Kind.EXAMPLE || kind == Kind.PROGRAM ? null : FaultCatalogue.named(name);
    }

    /** How people read it: "the program of double-unmarshal", "the correct version of ...", "the example vs-package". */
    public String describe() {
        switch (kind) {
            case FAULT:
                return "the program of " + name;
            case TWIN:
                return "the correct version of the " + name + " program (any correct implementation passes it)";
            case PROGRAM:
                return "the program " + name;
            default:
                return "the example " + name;
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + ":" + name;
    }
}
