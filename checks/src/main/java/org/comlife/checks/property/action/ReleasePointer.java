package org.comlife.checks.property.action;

import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.InterfacePointer;

/** IUnknown::Release of a held pointer or factory (a factory's explicit locks are given back first). */
public record ReleasePointer(Handle pointer) implements Action {
    public static final ActionKind KIND = ActionKind.of(ReleasePointer.class, 3,
            state -> ActionKind.forEach(state, ReleasePointer::new, HandleKind.POINTER, HandleKind.FACTORY))
            .withClosingWeight(4);

    @Override
    public String describe() {
        return pointer + "->Release()";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        String held = Requirements.holdsReference(state, thread, pointer);
        if (held != null) {
            return held;
        }
        if (state.isTableSource(pointer)) {
            return pointer + " was marshaled into a table stream whose marshal data is not yet released";
        }
        return state.info(pointer).locks() == 0 ? null : pointer + " still holds a LockServer(TRUE)";
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.update(state.info(pointer).withStatus(HandleStatus.RELEASED));
    }

    @Override
    public void perform(ActionContext context) {
        InterfacePointer target = context.handles().pointer(pointer);
        if (target != null) {
            context.self().release(target);
        }
    }
}
