package org.comlife.model;

/**
 * A reference to one numbered entity of a world: its kind and its number. Numbers are handed
 * out in the order entities are made, so two interleavings that reach the same state can number
 * its entities differently; an explorer renames them (see the exhaustive explorer's canonical
 * state), which it can do only because every reference is one of these, never a number inside
 * a text.
 *
 * <p>{@code equals} and {@code hashCode} are written out: a record's generated ones go through
 * {@code invokedynamic}, and this class is used inside Java PathFinder.
 */
public record EntityRef(EntityKind kind, int number) {

    public EntityRef {
        if (kind == null) {
            throw new IllegalArgumentException("an entity reference needs a kind");
        }
    }

    public static EntityRef of(Apartment apartment) {
        return new EntityRef(EntityKind.APARTMENT, apartment.id());
    }

    public static EntityRef of(ComObject object) {
        return new EntityRef(EntityKind.OBJECT, object.id());
    }

    public static EntityRef of(StubManager stub) {
        return new EntityRef(EntityKind.STUB, stub.id());
    }

    public static EntityRef of(Proxy proxy) {
        return new EntityRef(EntityKind.PROXY, proxy.id());
    }

    public static EntityRef of(MarshalStream stream) {
        return new EntityRef(EntityKind.STREAM, stream.id());
    }

    public static EntityRef of(MarshalPacket packet) {
        return new EntityRef(EntityKind.PACKET, packet.id());
    }

    public static EntityRef classRegistration(int cookie) {
        return new EntityRef(EntityKind.CLASS_REGISTRATION, cookie);
    }

    public static EntityRef gitCookie(int cookie) {
        return new EntityRef(EntityKind.GIT_COOKIE, cookie);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntityRef ref && ref.kind == kind && ref.number == number;
    }

    @Override
    public int hashCode() {
        return kind.ordinal() * 1_000_003 + number;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + "#" + number;
    }
}
