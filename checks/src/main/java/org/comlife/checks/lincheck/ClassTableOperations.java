package org.comlife.checks.lincheck;

import java.util.List;
import org.comlife.specs.sequential.SequentialClassTable;
import org.comlife.model.ClsCtx;
import org.comlife.model.Clsid;
import org.comlife.model.RegCls;
import org.comlife.model.Registration;
import org.comlife.model.runtime.ClassTable;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * The class table as Lincheck drives it, over five registration slots whose number is also the
 * cookie. Slots 1 to 3 are registered before every scenario, slots 4 and 5 by an operation:
 *
 * <table>
 * <caption>the slots</caption>
 * <tr><th>slot</th><th>class</th><th>flags</th><th>context</th></tr>
 * <tr><td>1</td><td>A</td><td>MULTIPLEUSE | SUSPENDED</td><td>LOCAL_SERVER</td></tr>
 * <tr><td>2</td><td>B</td><td>MULTIPLEUSE | SUSPENDED</td><td>LOCAL_SERVER</td></tr>
 * <tr><td>3</td><td>B</td><td>SINGLEUSE</td><td>LOCAL_SERVER</td></tr>
 * <tr><td>4</td><td>A</td><td>SINGLEUSE | SUSPENDED</td><td>LOCAL_SERVER</td></tr>
 * <tr><td>5</td><td>A</td><td>MULTIPLEUSE</td><td>INPROC_SERVER (never seen by the SCM)</td></tr>
 * </table>
 *
 * <p>Claimed linearizable against {@link org.comlife.specs.sequential.SequentialClassTable}, one
 * line per operation:
 * <ul>
 * <li>{@code register}: adds slot 4 or 5, published at once unless SUSPENDED or in-process;</li>
 * <li>{@code revoke}: removes and unpublishes the slot, so no activation finds it after; false when absent;</li>
 * <li>{@code find}: whether the slot is registered;</li>
 * <li>{@code resume}: publishes every LOCAL_SERVER registration still waiting (both suspended classes) in one step;</li>
 * <li>{@code claim}: the first published registration of the class, a SINGLEUSE one hidden in the same step;</li>
 * <li>{@code registrations}: the cookies in registration order.</li>
 * </ul>
 * Left out: the factory and apartment of a registration (the table never reads them) and cookie
 * allocation (the model's, not the table's).
 */
@Param(name = "slot", gen = IntGen.class, conf = "1:5")
@Param(name = "newSlot", gen = IntGen.class, conf = "4:5")
@Param(name = "class", gen = IntGen.class, conf = "0:1")
public abstract class ClassTableOperations {
    private static final Clsid[] CLASSES = {new Clsid("A"), new Clsid("B")};

    private final ClassTable table = newTable();

    /** Slots 1 to 3 are registered before the scenario starts. */
    protected ClassTableOperations() {
        for (int slot = 1; slot <= 3; slot++) {
            table.add(registration(slot));
        }
    }

    /** The implementation under test (or the sequential specification). */
    protected abstract ClassTable newTable();

    @Operation(params = "newSlot")
    public void register(int slot) {
        table.add(registration(slot));
    }

    @Operation(params = "slot")
    public boolean revoke(int slot) {
        return table.remove(slot) != null;
    }

    @Operation(params = "slot")
    public boolean find(int slot) {
        Registration found = table.find(slot);
        return found != null && found.cookie() == slot;
    }

    @Operation
    public int resume() {
        return table.publishSuspended();
    }

    /** The cookie of the registration an activation of the class would get, or 0. */
    @Operation(params = "class")
    public int claim(int classNumber) {
        Registration claimed = table.claimForActivation(CLASSES[classNumber]);
        return claimed == null ? 0 : claimed.cookie();
    }

    /** The cookies of the registrations, in registration order. */
    @Operation
    public String registrations() {
        List<Registration> registered = table.registrations();
        StringBuilder cookies = new StringBuilder();
        for (Registration registration : registered) {
            cookies.append(registration.cookie()).append(' ');
        }
        return cookies.toString().trim();
    }

    private static Registration registration(int slot) {
        return switch (slot) {
            case 1 -> new Registration(1, CLASSES[0], null, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE | RegCls.SUSPENDED,
                    null);
            case 2 -> new Registration(2, CLASSES[1], null, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE | RegCls.SUSPENDED,
                    null);
            case 3 -> new Registration(3, CLASSES[1], null, ClsCtx.LOCAL_SERVER, RegCls.SINGLEUSE, null);
            case 4 -> new Registration(4, CLASSES[0], null, ClsCtx.LOCAL_SERVER, RegCls.SINGLEUSE | RegCls.SUSPENDED,
                    null);
            default -> new Registration(5, CLASSES[0], null, ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE, null);
        };
    }

    /** Runs the helper of the implementation currently under test. */
    public static final class UnderTest extends ClassTableOperations {
        public UnderTest() {
            ImplementationUnderTest.noteInvocation();
        }

        @Override
        protected ClassTable newTable() {
            return ImplementationUnderTest.current().newClassTable();
        }
    }

    /** The sequential specification: the same operations over {@link SequentialClassTable}. */
    public static final class Specification extends ClassTableOperations {
        @Override
        protected ClassTable newTable() {
            return new SequentialClassTable();
        }
    }
}
