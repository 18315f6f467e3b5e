package org.comlife.checks.property.state;

/** What kind of object a pointer handle designates. */
public enum OriginKind {
    /** An instance the server created (always reached through a proxy). */
    INSTANCE,
    /** The server's class factory (always reached through a proxy). */
    FACTORY,
    /** An object a client thread created in its own apartment. */
    LOCAL
}
