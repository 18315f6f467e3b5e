package org.comlife.model.journal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.comlife.model.CallResult;
import org.comlife.model.Clsid;
import org.comlife.model.ComEvent;
import org.comlife.model.ComObject;
import org.comlife.model.ComResult;
import org.comlife.model.EntityKind;
import org.comlife.model.EntityRef;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalPacket;
import org.comlife.model.MarshalStream;
import org.comlife.model.Proxy;

/**
 * A value of the model written as plain parts, in order: what a call answered, the arguments of
 * a call waiting in a queue, what a thread waits for. Explorers compare states on these parts and
 * rename the entity references among them; the text of a journal entry is for people, and no
 * {@code toString} of the model is read here, except for a value of a type the model does not
 * know (a program's own class), which is taken as its text.
 *
 * <table>
 * <caption>How a value becomes parts</caption>
 * <tr><th>value</th><th>parts</th></tr>
 * <tr><td>an HRESULT, any enum constant, a boxed number or boolean, a String, an IID, a CLSID,
 *     an {@link EntityRef}</td><td>itself</td></tr>
 * <tr><td>a {@link ComObject}</td><td>its reference (OBJECT), its name</td></tr>
 * <tr><td>a {@link Proxy}</td><td>its reference (PROXY), its object's reference</td></tr>
 * <tr><td>another {@link InterfacePointer}</td><td>its object's reference</td></tr>
 * <tr><td>a {@link MarshalStream}</td><td>its reference (STREAM)</td></tr>
 * <tr><td>a {@link MarshalPacket}</td><td>its reference (PACKET), flags, IID, its object's reference</td></tr>
 * <tr><td>a {@link ComEvent}</td><td>its name</td></tr>
 * <tr><td>a {@link ComResult} or {@link CallResult}</td><td>the HRESULT, then the out-value's parts;
 *     the number a registration call answers is its cookie ({@link #answer})</td></tr>
 * <tr><td>a {@link Described}</td><td>its {@link Described#value() value}</td></tr>
 * <tr><td>an array of arguments</td><td>a nested value of one nested value per argument</td></tr>
 * <tr><td>null</td><td>one null part</td></tr>
 * </table>
 *
 * <p>A PlainValue holds no model object that can change (only constants, IIDs and CLSIDs), so
 * it never changes once made.
 */
public final class PlainValue {
    /**
     * The calls whose answer is a cookie, with the kind of the cookie (same index): the model
     * answers a cookie as a plain number, so which calls answer one is said here, by the names the
     * journal records them under (PlainValueTest checks both).
     */
    private static final String[] COOKIE_CALLS = {"CoRegisterClassObject", "RegisterInterfaceInGlobal"};
    private static final EntityKind[] COOKIE_KINDS = {EntityKind.CLASS_REGISTRATION, EntityKind.GIT_COOKIE};

    private final Object[] parts;

    private PlainValue(Object[] parts) {
        this.parts = parts;
    }

    /** The value a call answered: as {@link #of}, except that a registration's cookie is a reference. */
    public static PlainValue answer(String operation, Object result) {
        if (result instanceof ComResult<?> answered && answered.value() instanceof Integer cookie) {
            for (int i = 0; i < COOKIE_CALLS.length; i++) {
                if (COOKIE_CALLS[i].equals(operation)) {
                    return new PlainValue(new Object[] {answered.hr(), new EntityRef(COOKIE_KINDS[i], cookie)});
                }
            }
        }
        return of(result);
    }

    /** The parts of one value (see the table above). */
    public static PlainValue of(Object value) {
        if (value instanceof PlainValue plain) {
            return plain;
        }
        if (value instanceof Described reason) {
            return reason.value();
        }
        List<Object> parts = new ArrayList<>(4);
        add(parts, value);
        return new PlainValue(parts.toArray());
    }

    /** A value made of several, their parts one after the other. */
    public static PlainValue tuple(Object... values) {
        List<Object> parts = new ArrayList<>(values.length + 2);
        for (Object value : values) {
            add(parts, value);
        }
        return new PlainValue(parts.toArray());
    }

    private static void add(List<Object> parts, Object value) {
        if (value == null || isPlain(value)) {
            parts.add(value);
        } else if (value instanceof PlainValue plain) {
            parts.addAll(Arrays.asList(plain.parts));
        } else if (value instanceof Described reason) {
            add(parts, reason.value());
        } else if (value instanceof ComResult<?> result) {
            parts.add(result.hr());
            addIfPresent(parts, result.value());
        } else if (value instanceof CallResult result) {
            parts.add(result.hr());
            addIfPresent(parts, result.value());
        } else if (value instanceof ComObject object) {
            parts.add(EntityRef.of(object));
            parts.add(object.name());
        } else if (value instanceof Proxy proxy) {
            parts.add(EntityRef.of(proxy));
            parts.add(EntityRef.of(proxy.target()));
        } else if (value instanceof InterfacePointer pointer) {
            parts.add(EntityRef.of(pointer.target()));
        } else if (value instanceof MarshalStream stream) {
            parts.add(EntityRef.of(stream));
        } else if (value instanceof MarshalPacket packet) {
            parts.add(EntityRef.of(packet));
            parts.add(packet.flags());
            parts.add(packet.iid());
            parts.add(EntityRef.of(packet.stub().object()));
        } else if (value instanceof ComEvent event) {
            parts.add(event.name());
        } else if (value instanceof Object[] arguments) {
            Object[] each = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                each[i] = of(arguments[i]);
            }
            parts.add(new PlainValue(each));
        } else {
            parts.add(String.valueOf(value));
        }
    }

    private static void addIfPresent(List<Object> parts, Object value) {
        if (value != null) {
            add(parts, value);
        }
    }

    /** A value that is its own part: immutable, and compared by what it is. */
    private static boolean isPlain(Object value) {
        return value instanceof Enum<?> || value instanceof String || value instanceof Integer
                || value instanceof Long || value instanceof Boolean || value instanceof EntityRef
                || value instanceof Iid || value instanceof Clsid;
    }

    /**
     * The parts, in order: each null, an enum constant, a String, an Integer, a Long, a Boolean,
     * an {@link Iid}, a {@link Clsid}, an {@link EntityRef} or a nested PlainValue.
     */
    public List<Object> parts() {
        return Collections.unmodifiableList(Arrays.asList(parts));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlainValue plain && Arrays.equals(parts, plain.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    /** The parts separated by spaces, nested values in brackets: for people, never compared. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            text.append(i == 0 ? "" : " ");
            text.append(parts[i] instanceof PlainValue nested ? "[" + nested + "]" : String.valueOf(parts[i]));
        }
        return text.toString();
    }
}
