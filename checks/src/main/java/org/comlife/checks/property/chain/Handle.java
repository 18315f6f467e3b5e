package org.comlife.checks.property.chain;

/**
 * A symbolic value of a chain: a pointer, factory, stream or cookie that an action makes and
 * later actions use. Chains refer to handles, never to model objects, so a chain can be
 * printed, shrunk and run again in a fresh world.
 */
public record Handle(int number, HandleKind kind) {

    @Override
    public String toString() {
        return kind.letter() + number;
    }
}
