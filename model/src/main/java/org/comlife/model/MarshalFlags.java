package org.comlife.model;

/** MSHLFLAGS: how many times a marshal packet may be unmarshaled, and what it keeps alive. */
public enum MarshalFlags {
    /** Unmarshal exactly once; the packet carries 5 public references to the stub. */
    NORMAL,
    /** Unmarshal any number of times; the packet keeps the object alive until released. */
    TABLESTRONG,
    /** Unmarshal any number of times; the packet does not keep the object alive. */
    TABLEWEAK
}
