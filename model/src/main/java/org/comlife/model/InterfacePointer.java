package org.comlife.model;

/**
 * What a COM client holds: either the raw object (valid only in the object's own apartment)
 * or a proxy (valid only in the apartment that unmarshaled it). Callers normally go through
 * {@link ComThread}, which journals each call; these methods are what it calls.
 */
public interface InterfacePointer {

    /** A number unique in the world, for journals and diagrams. */
    int id();

    /** IUnknown::AddRef; returns the new count. */
    int addRef(ComThread caller);

    /** IUnknown::Release; returns the new count. */
    int release(ComThread caller);

    /** Whether the object behind this pointer implements the interface. */
    boolean supports(Iid iid);

    /** A method call through this pointer, made by the caller's logical thread. */
    CallResult invoke(ComThread caller, String method, Object... arguments);

    /** The object this pointer ultimately designates. */
    ComObject target();
}
