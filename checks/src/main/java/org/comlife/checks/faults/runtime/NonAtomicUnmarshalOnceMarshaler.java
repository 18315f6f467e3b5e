package org.comlife.checks.faults.runtime;

import org.comlife.model.MarshalPacket;
import org.comlife.model.runtime.ReferenceMarshaler;

/**
 * Seeded fault: the unmarshal-once test of a NORMAL packet reads the packet's "ended" flag and
 * then writes it, in two steps. Two threads that unmarshal the same packet (or one unmarshals
 * while another releases its marshal data) can both read "not ended" and both succeed: the
 * packet ends twice and its five public references are spent twice.
 *
 * <p>The fix is {@code ReferenceMarshaler}: claim the packet's end with one atomic
 * test-and-set ({@link MarshalPacket#tryConsume()}).
 */
public final class NonAtomicUnmarshalOnceMarshaler extends ReferenceMarshaler {

    @Override
    protected boolean claimEnd(MarshalPacket packet) {
        if (packet.isConsumed()) {
            return false;
        }
        // The bug: another thread can claim the packet between the check and the mark.
        packet.markConsumed();
        return true;
    }
}
