package org.comlife.model.snapshot;

import org.comlife.model.EntityRef;
import org.comlife.model.MarshalFlags;

/**
 * A marshal packet: whose object, and how far it is through its life. {@code ended} is true
 * for a NORMAL packet once it was unmarshaled or released, or its apartment was torn down.
 */
public record PacketSnapshot(EntityRef id, MarshalFlags flags, EntityRef objectId, String process, boolean consumed,
                             boolean released, boolean ended) {
}
