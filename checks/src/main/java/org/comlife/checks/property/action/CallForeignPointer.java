package org.comlife.checks.property.action;

import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;

/** Misuse foreign-pointer: a thread calls another thread's raw pointer to an STA object, unmarshaled nowhere. */
public record CallForeignPointer(Handle pointer) implements Action {
    public static final ActionKind KIND = ActionKind.of(CallForeignPointer.class, 8,
            state -> ActionKind.forEach(state, CallForeignPointer::new, HandleKind.POINTER))
            .withMisuse(Misuse.FOREIGN_POINTER);

    @Override
    public String describe() {
        return pointer + "->Work() through the owner's raw pointer";
    }

    @Override
    public String precondition(ChainState state, int thread) {
        String live = Requirements.first(Requirements.active(state, thread),
                Requirements.handle(state, pointer, HandleKind.POINTER, HandleStatus.LIVE, -1));
        if (live != null) {
            return live;
        }
        HandleInfo info = state.info(pointer);
        if (info.holder() == thread) {
            return "the pointer is this thread's own";
        }
        return info.origin().isStaLocal() && state.isRaw(info) ? null : pointer + " is not a raw STA pointer";
    }

    @Override
    public void perform(ActionContext context) {
        CallMethod.call(context, pointer, ChainClasses.WORK);
    }
}
