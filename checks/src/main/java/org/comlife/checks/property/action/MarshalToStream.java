package org.comlife.checks.property.action;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.ChainThread;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.chain.ThreadApartment;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.checks.property.state.HandleStatus;
import org.comlife.model.HResult;
import org.comlife.model.ComResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;

/**
 * CoMarshalInterThreadInterfaceInStream of a held pointer, for one other thread to unmarshal
 * once. (Factories are not handed on: the implicit server lock belongs to the activating proxy.)
 * With the uninitialized-thread misuse, the closing part hands a live pointer to a thread that
 * never joined an apartment, which then unmarshals it: that is where the misuse bites.
 */
public record MarshalToStream(Handle pointer, Handle made, String consumer) implements Action {
    public static final ActionKind KIND = ActionKind.of(MarshalToStream.class, 5, state -> {
        List<Action> handoffs = new ArrayList<>();
        for (Handle pointer : state.handles(HandleKind.POINTER)) {
            for (ChainThread consumer : state.threads()) {
                handoffs.add(new MarshalToStream(pointer, state.mint(HandleKind.STREAM), consumer.name()));
            }
        }
        return handoffs;
    }).withPlacement(Misuse.UNINITIALIZED_THREAD, MarshalToStream::toThreadsWithoutApartment);

    @Override
    public String describe() {
        return made + " = CoMarshalInterThreadInterfaceInStream(" + pointer + ") for " + consumer;
    }

    @Override
    public String precondition(ChainState state, int thread) {
        int target = Requirements.threadNamed(state, consumer);
        return Requirements.first(Requirements.holds(state, thread, pointer, HandleKind.POINTER),
                Requirements.fresh(state, made, HandleKind.STREAM),
                target < 0 || target == thread ? "the stream must be for another thread" : null,
                target < 0 ? null : Requirements.active(state, target));
    }

    @Override
    public void apply(ChainState state, int thread) {
        state.add(made, Requirements.threadNamed(state, consumer), state.info(pointer).origin(), HandleStatus.PENDING);
    }

    @Override
    public void perform(ActionContext context) {
        InterfacePointer target = context.handles().pointer(pointer);
        if (target != null) {
            Iid iid = context.handles().iid(pointer);
            ComResult<MarshalStream> stream = context.self().coMarshalInterThreadInterfaceInStream(iid, target);
            Answers.expectUnlessGone(context, stream.hr(), describe(), target.target(), HResult.S_OK);
            context.handles().bind(made, stream.value(), iid);
        }
    }

    /** Every live pointer marshaled by its holder for each thread in no apartment. */
    private static List<List<ChainStep>> toThreadsWithoutApartment(ChainState state) {
        List<List<ChainStep>> handoffs = new ArrayList<>();
        for (int consumer = 0; consumer < state.threads().size(); consumer++) {
            if (state.apartment(consumer) != ThreadApartment.NONE) {
                continue;
            }
            for (HandleInfo pointer : state.handles(HandleKind.POINTER, HandleStatus.LIVE)) {
                handoffs.add(List.of(new ChainStep(pointer.holder(), new MarshalToStream(pointer.handle(),
                        state.mint(HandleKind.STREAM), state.threads().get(consumer).name()))));
            }
        }
        return handoffs;
    }
}
